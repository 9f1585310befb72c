using HmiApp.Domain.Wells;

namespace HmiApp.Tests.Diagnostics;

/// <summary>
/// Sixty one-second readings with steady values, so a feature equals the value set here. "Swing" adds the
/// pattern +a, -a, -a, +a (relative to the value): its least-squares slope is exactly zero, so the
/// erraticness and the coefficient of variation both equal the swing.
/// </summary>
internal sealed record TelemetryScenario
{
    public static readonly Well Well = new(
        "T-1", "Test well", "Test field", "ESP-T", ratedFlowBblPerDay: 2000, ratedMotorCurrentAmps: 50, ratedFrequencyHz: 60,
        ratedMotorTemperatureC: 120, maxMotorTemperatureC: 150, casingInnerDiameterInches: 6.276, motorOuterDiameterInches: 5.62);

    public static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static TelemetryScenario Normal { get; } = new();

    public double Flow { get; init; } = 2000;

    public double IntakePressure { get; init; } = 500;

    public double Current { get; init; } = 42.5;

    public double Temperature { get; init; } = 110;

    public double Vibration { get; init; } = 0.1;

    public double Frequency { get; init; } = 60;

    public double Unbalance { get; init; } = 1.5;

    public double Insulation { get; init; } = 2000;

    /// <summary>Insulation resistance of the newest reading only, for a "minimum" boundary.</summary>
    public double? LatestInsulation { get; init; }

    public bool Running { get; init; } = true;

    /// <summary>Running flag of the newest reading only.</summary>
    public bool? LatestRunning { get; init; }

    public double CurrentSwing { get; init; }

    public double IntakePressureSwing { get; init; }

    public double FlowSwing { get; init; }

    public double FrequencySwing { get; init; }

    public double GasOilRatio { get; init; } = 300;

    public int Count { get; init; } = 60;

    public TelemetryWindow Window(Well? well = null) => new(well ?? Well, Readings());

    public TelemetryBaseline Baseline(Well? well = null) => TelemetryBaseline.FromWindow(Window(well));

    public IReadOnlyList<WellTelemetryReading> Readings()
    {
        var readings = new List<WellTelemetryReading>(Count);
        for (var i = 0; i < Count; i++)
        {
            var sign = (i % 4) is 0 or 3 ? 1 : -1;
            var last = i == Count - 1;
            readings.Add(new WellTelemetryReading(
                Timestamp: Start.AddSeconds(i),
                FlowRateBblPerDay: Flow * (1 + (sign * FlowSwing)),
                PumpIntakePressurePsi: IntakePressure * (1 + (sign * IntakePressureSwing)),
                MotorCurrentAmps: Current * (1 + (sign * CurrentSwing)),
                MotorTemperatureC: Temperature,
                VibrationG: Vibration,
                VsdFrequencyHz: Frequency * (1 + (sign * FrequencySwing)),
                FlowVariancePercent: 2,
                TorqueNewtonMetres: 235,
                GasOilRatioScfPerBbl: GasOilRatio,
                CurrentUnbalancePercent: Unbalance,
                InsulationResistanceMegohms: last && LatestInsulation is { } latest ? latest : Insulation,
                IsRunning: last && LatestRunning is { } running ? running : Running));
        }

        return readings;
    }
}
