namespace HmiApp.Domain.Heating;

/// <summary>One room zone as the base station last reported it. Null values are "no value" on the bus.</summary>
public sealed record HeatingZone(
    ZoneId Id,
    OperatingState? State,
    double? Setpoint,
    double? Temperature,
    int? RelativeHumidity,
    Freshness Freshness);
