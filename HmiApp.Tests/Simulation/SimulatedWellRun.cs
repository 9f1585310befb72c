using HmiApp.Domain.Diagnostics;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Simulation.Wells;

namespace HmiApp.Tests.Simulation;

/// <summary>
/// Drives a simulated well in one-second readings, windows of 60, from a settled start: the motor is started,
/// run ten simulated minutes, and the next window is taken as the baseline.
/// </summary>
internal sealed class SimulatedWellRun
{
    public const int WindowSeconds = 60;

    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public SimulatedWellRun(int seed, EspWellSimulationSettings? settings = null, double? frequencySetpointHz = null)
    {
        Settings = settings ?? new EspWellSimulationSettings(EspWellSimulationSettings.ExampleWell());
        Simulation = new EspWellSimulation(Settings, Epoch, seed);
        if (frequencySetpointHz is { } hz)
        {
            Simulation.SetFrequencySetpoint(hz);
        }

        Simulation.StartMotor();
        Advance(TimeSpan.FromMinutes(10));
        Baseline = TelemetryBaseline.FromWindow(NextWindow());
    }

    public EspWellSimulationSettings Settings { get; }

    public EspWellSimulation Simulation { get; }

    public TelemetryBaseline Baseline { get; }

    public DiagnosticTree Tree { get; } = BuiltInDiagnosticTree.Create();

    public TelemetryWindow NextWindow()
    {
        var readings = new List<WellTelemetryReading>(WindowSeconds);
        for (var i = 0; i < WindowSeconds; i++)
        {
            readings.Add(Simulation.Advance(TimeSpan.FromSeconds(1)));
        }

        return new TelemetryWindow(Settings.Well, readings);
    }

    public void Advance(TimeSpan span)
    {
        for (var t = TimeSpan.Zero; t < span; t += TimeSpan.FromSeconds(1))
        {
            Simulation.Advance(TimeSpan.FromSeconds(1));
        }
    }

    public DiagnosticResult Diagnose(TelemetryWindow window) =>
        DiagnosticEvaluator.Evaluate(Tree, window, WellDiagnosticParameters.Defaults, Baseline);

    /// <summary>Diagnoses the next <paramref name="count"/> windows.</summary>
    public IReadOnlyList<DiagnosticResult> DiagnoseWindows(int count) =>
        Enumerable.Range(0, count).Select(_ => Diagnose(NextWindow())).ToList();
}
