using HmiApp.Domain.Wells;

namespace HmiApp.Infrastructure.Wells;

/// <summary>One stored reading. Time is Unix milliseconds so both providers order and filter it the same way.</summary>
public sealed class WellTelemetryRecord
{
    public long Id { get; set; }

    public required string WellId { get; set; }

    public long TimestampMs { get; set; }

    public double FlowRateBblPerDay { get; set; }

    public double PumpIntakePressurePsi { get; set; }

    public double MotorCurrentAmps { get; set; }

    public double MotorTemperatureC { get; set; }

    public double VibrationG { get; set; }

    public double VsdFrequencyHz { get; set; }

    public double FlowVariancePercent { get; set; }

    public double TorqueNewtonMetres { get; set; }

    public double GasOilRatioScfPerBbl { get; set; }

    public double CurrentUnbalancePercent { get; set; }

    public double InsulationResistanceMegohms { get; set; }

    public bool IsRunning { get; set; }

    public static WellTelemetryRecord From(string wellId, WellTelemetryReading r) => new()
    {
        WellId = wellId,
        TimestampMs = r.Timestamp.ToUnixTimeMilliseconds(),
        FlowRateBblPerDay = r.FlowRateBblPerDay,
        PumpIntakePressurePsi = r.PumpIntakePressurePsi,
        MotorCurrentAmps = r.MotorCurrentAmps,
        MotorTemperatureC = r.MotorTemperatureC,
        VibrationG = r.VibrationG,
        VsdFrequencyHz = r.VsdFrequencyHz,
        FlowVariancePercent = r.FlowVariancePercent,
        TorqueNewtonMetres = r.TorqueNewtonMetres,
        GasOilRatioScfPerBbl = r.GasOilRatioScfPerBbl,
        CurrentUnbalancePercent = r.CurrentUnbalancePercent,
        InsulationResistanceMegohms = r.InsulationResistanceMegohms,
        IsRunning = r.IsRunning,
    };

    public WellTelemetryReading ToReading() => new(
        DateTimeOffset.FromUnixTimeMilliseconds(TimestampMs),
        FlowRateBblPerDay,
        PumpIntakePressurePsi,
        MotorCurrentAmps,
        MotorTemperatureC,
        VibrationG,
        VsdFrequencyHz,
        FlowVariancePercent,
        TorqueNewtonMetres,
        GasOilRatioScfPerBbl,
        CurrentUnbalancePercent,
        InsulationResistanceMegohms,
        IsRunning);
}
