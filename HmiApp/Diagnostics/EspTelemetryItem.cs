using System.Text.Json.Serialization;
using HmiApp.Domain.Wells;

namespace HmiApp.Diagnostics;

/// <summary>
/// One reading as the ESP platform's field gateways post it (snake_case, short names). The platform has no
/// fields for current unbalance, insulation resistance or a run flag; when a gateway leaves them out the
/// reading says "not measured": 0 % unbalance, <see cref="UnmeasuredInsulationMegohms"/>, and running
/// while the drive turns (VSD frequency above 0 Hz), so neither signal can raise a fault on such a well.
/// </summary>
public sealed record EspTelemetryItem(
    [property: JsonPropertyName("well_id")] string? WellId,
    [property: JsonPropertyName("timestamp")] DateTimeOffset? Timestamp,
    [property: JsonPropertyName("flow_rate")] double? FlowRate,
    [property: JsonPropertyName("pip")] double? Pip,
    [property: JsonPropertyName("motor_current")] double? MotorCurrent,
    [property: JsonPropertyName("motor_temp")] double? MotorTemp,
    [property: JsonPropertyName("vibration")] double? Vibration,
    [property: JsonPropertyName("vsd_frequency")] double? VsdFrequency,
    [property: JsonPropertyName("flow_variance")] double? FlowVariance,
    [property: JsonPropertyName("torque")] double? Torque,
    [property: JsonPropertyName("gor")] double? Gor,
    [property: JsonPropertyName("current_unbalance")] double? CurrentUnbalance,
    [property: JsonPropertyName("insulation_resistance")] double? InsulationResistance,
    [property: JsonPropertyName("is_running")] bool? IsRunning)
{
    public const double UnmeasuredInsulationMegohms = 1000;

    /// <summary>Our field names (as <see cref="TelemetryItem"/> and the domain report them) in the platform's spelling.</summary>
    private static readonly Dictionary<string, string> PlatformNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["wellId"] = "well_id",
        ["timestamp"] = "timestamp",
        ["flowRateBblPerDay"] = "flow_rate",
        ["pumpIntakePressurePsi"] = "pip",
        ["motorCurrentAmps"] = "motor_current",
        ["motorTemperatureC"] = "motor_temp",
        ["vibrationG"] = "vibration",
        ["vsdFrequencyHz"] = "vsd_frequency",
        ["flowVariancePercent"] = "flow_variance",
        ["torqueNewtonMetres"] = "torque",
        ["gasOilRatioScfPerBbl"] = "gor",
        ["currentUnbalancePercent"] = "current_unbalance",
        ["insulationResistanceMegohms"] = "insulation_resistance",
        ["isRunning"] = "is_running",
    };

    public static string PlatformName(string field) => PlatformNames.GetValueOrDefault(field, field);

    /// <summary>The fields a gateway must send, in its spelling, that this item lacks.</summary>
    public IReadOnlyList<string> Missing()
    {
        var missing = new List<string>();
        void Need(object? value, string name)
        {
            if (value is null)
            {
                missing.Add(name);
            }
        }

        Need(WellId, "well_id");
        Need(FlowRate, "flow_rate");
        Need(Pip, "pip");
        Need(MotorCurrent, "motor_current");
        Need(MotorTemp, "motor_temp");
        Need(Vibration, "vibration");
        Need(VsdFrequency, "vsd_frequency");
        Need(FlowVariance, "flow_variance");
        Need(Torque, "torque");
        Need(Gor, "gor");
        return missing;
    }

    public TelemetryItem ToTelemetryItem() => new(
        WellId, Timestamp, FlowRate, Pip, MotorCurrent, MotorTemp, Vibration, VsdFrequency, FlowVariance, Torque, Gor,
        CurrentUnbalance ?? 0, InsulationResistance ?? UnmeasuredInsulationMegohms, IsRunning ?? VsdFrequency > 0);

    public static EspTelemetryItem From(string wellId, WellTelemetryReading r) => new(
        wellId, r.Timestamp, r.FlowRateBblPerDay, r.PumpIntakePressurePsi, r.MotorCurrentAmps, r.MotorTemperatureC, r.VibrationG,
        r.VsdFrequencyHz, r.FlowVariancePercent, r.TorqueNewtonMetres, r.GasOilRatioScfPerBbl, r.CurrentUnbalancePercent,
        r.InsulationResistanceMegohms, r.IsRunning);
}
