using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Simulation.Wells;

namespace HmiApp.Tests.Simulation;

/// <summary>Two settled runs of the same well and seed; the fault goes into one, the other is the reference.</summary>
internal sealed class FaultRunPair
{
    public FaultRunPair(int seed)
    {
        Faulty = new SimulatedWellRun(seed);
        Reference = new SimulatedWellRun(seed);
    }

    public SimulatedWellRun Faulty { get; }

    public SimulatedWellRun Reference { get; }

    public Well Well => Faulty.Settings.Well;

    public void Advance(TimeSpan span)
    {
        Faulty.Advance(span);
        Reference.Advance(span);
    }

    public (TelemetryWindow Faulty, TelemetryWindow Reference) NextWindows() => (Faulty.NextWindow(), Reference.NextWindow());
}
