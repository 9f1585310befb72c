namespace HmiApp.Infrastructure.Simulation.Wells;

/// <summary>Faults the simulated ESP well can develop; docs/simulated-wells.md gives each one's effect on every signal.</summary>
public enum WellFault
{
    GasInterference,
    GasLock,
    PumpOff,
    BrokenShaft,
    TubingLeak,
    ClosedValve,
    BlockedIntake,
    ScaleOrSolids,
    MotorOverheating,
    BearingWear,
    Overload,
    PhaseImbalance,
    InsulationBreakdown,
}
