using HmiApp.Domain.Wells;

namespace HmiApp.Diagnostics;

/// <summary>One reading as posted to <c>/api/v1/telemetry</c>; every quantity is required, the time defaults to now.</summary>
public sealed record TelemetryItem(
    string? WellId,
    DateTimeOffset? Timestamp,
    double? FlowRateBblPerDay,
    double? PumpIntakePressurePsi,
    double? MotorCurrentAmps,
    double? MotorTemperatureC,
    double? VibrationG,
    double? VsdFrequencyHz,
    double? FlowVariancePercent,
    double? TorqueNewtonMetres,
    double? GasOilRatioScfPerBbl,
    double? CurrentUnbalancePercent,
    double? InsulationResistanceMegohms,
    bool? IsRunning)
{
    /// <returns>The reading, or the names of the missing fields.</returns>
    public (WellTelemetryReading? Reading, IReadOnlyList<string> Missing) ToReading(DateTimeOffset now)
    {
        var missing = new List<string>();
        double Need(double? value, string name)
        {
            if (value is null)
            {
                missing.Add(name);
            }

            return value ?? 0;
        }

        var reading = new WellTelemetryReading(
            Timestamp ?? now,
            Need(FlowRateBblPerDay, "flowRateBblPerDay"),
            Need(PumpIntakePressurePsi, "pumpIntakePressurePsi"),
            Need(MotorCurrentAmps, "motorCurrentAmps"),
            Need(MotorTemperatureC, "motorTemperatureC"),
            Need(VibrationG, "vibrationG"),
            Need(VsdFrequencyHz, "vsdFrequencyHz"),
            Need(FlowVariancePercent, "flowVariancePercent"),
            Need(TorqueNewtonMetres, "torqueNewtonMetres"),
            Need(GasOilRatioScfPerBbl, "gasOilRatioScfPerBbl"),
            Need(CurrentUnbalancePercent, "currentUnbalancePercent"),
            Need(InsulationResistanceMegohms, "insulationResistanceMegohms"),
            IsRunning ?? false);
        if (IsRunning is null)
        {
            missing.Add("isRunning");
        }

        return missing.Count == 0 ? (reading, []) : (null, missing);
    }
}
