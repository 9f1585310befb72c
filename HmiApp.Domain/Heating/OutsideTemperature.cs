namespace HmiApp.Domain.Heating;

/// <summary>Outside temperature as measured and as filtered by the base station (registers 7 and 8).</summary>
public sealed record OutsideTemperature(double? Current, double? Filtered, Freshness Freshness);
