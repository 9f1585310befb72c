using System.Text.Json.Serialization;
using HmiApp.Domain.Heating;

namespace HmiApp.Zones;

/// <summary>How old the data is: the base station's last write, its age in seconds, and whether that is stale.</summary>
public sealed record FreshnessDto(DateTimeOffset? LastBusWrite, double? AgeSeconds, bool Stale)
{
    public static FreshnessDto From(Freshness freshness) =>
        new(freshness.LastBusWrite, freshness.Age is { } age ? Math.Round(age.TotalSeconds, 1) : null, freshness.IsStale);
}

public sealed record ZoneDto(int Base, int Zone, string? State, double? Setpoint, double? Temperature, int? RelativeHumidity, FreshnessDto Freshness)
{
    public static ZoneDto From(HeatingZone zone) =>
        new(zone.Id.Base, zone.Id.Zone, zone.State?.ToString(), zone.Setpoint, zone.Temperature, zone.RelativeHumidity, FreshnessDto.From(zone.Freshness));
}

public sealed record ZoneListDto(DateTimeOffset TakenAt, IReadOnlyList<ZoneDto> Zones);

public sealed record OperationDto(string? Mode, string? State, FreshnessDto Freshness)
{
    public static OperationDto From(HeatingOperation operation) =>
        new(operation.Mode?.ToString(), operation.State?.ToString(), FreshnessDto.From(operation.Freshness));
}

public sealed record NotificationsDto(bool? ErrorsPresent, bool? WarningsPresent, bool? HintsPresent, FreshnessDto Freshness)
{
    public static NotificationsDto From(HeatingNotifications notifications) =>
        new(notifications.ErrorsPresent, notifications.WarningsPresent, notifications.HintsPresent, FreshnessDto.From(notifications.Freshness));
}

public sealed record OutsideTemperatureDto(double? Current, double? Filtered, FreshnessDto Freshness)
{
    public static OutsideTemperatureDto From(OutsideTemperature outside) =>
        new(outside.Current, outside.Filtered, FreshnessDto.From(outside.Freshness));
}

public sealed record MixedCircuitDto(int Number, int? ValveOpening, bool? PumpRunning, double? FlowTemperature, double? ReturnTemperature, FreshnessDto Freshness)
{
    public static MixedCircuitDto From(MixedCircuit circuit) =>
        new(circuit.Number, circuit.ValveOpening, circuit.PumpRunning, circuit.FlowTemperature, circuit.ReturnTemperature, FreshnessDto.From(circuit.Freshness));
}

public sealed record MixedCircuitListDto(DateTimeOffset TakenAt, IReadOnlyList<MixedCircuitDto> MixedCircuits);

public sealed record HeatingUnitDto(int Number, bool Running, FreshnessDto Freshness)
{
    public static HeatingUnitDto From(HeatingUnit unit) => new(unit.Number, unit.Running, FreshnessDto.From(unit.Freshness));
}

public sealed record HeatingUnitListDto(DateTimeOffset TakenAt, IReadOnlyList<HeatingUnitDto> Units);

/// <summary>Body of PUT .../setpoint: degrees Celsius, within the domain's limits (5..30 in steps of 0.5 by default).</summary>
public sealed record SetpointChange(double? Setpoint);

/// <summary>Body of PUT .../state: Normal, Reduced, Standby, TimeProgram, Party, Holiday (or Rehau's number 1-6).</summary>
public sealed record StateChange([property: JsonConverter(typeof(NameOrNumberJsonConverter))] string? State);

/// <summary>Body of PUT .../mode: Auto, Heating, Cooling, ManualHeating, ManualCooling (or Rehau's number 1-5).</summary>
public sealed record ModeChange([property: JsonConverter(typeof(NameOrNumberJsonConverter))] string? Mode);

/// <summary>A write that reached its register and read back equal.</summary>
public sealed record HeatingWriteDto(string Target, string Field, string Old, string New, string? ReadBack, string Outcome, FreshnessDto Freshness);
