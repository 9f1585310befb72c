using HmiApp.Domain.Diagnostics;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Simulation.Wells;
using Xunit.Abstractions;

namespace HmiApp.Tests.Simulation;

/// <summary>The key integration: each simulated fault is named by the built-in tree, and Normal returns after the repair.</summary>
public sealed class FaultDiagnosisTests(ITestOutputHelper output)
{
    private const int FaultWindows = 10;
    private const int RecoveryWindows = 10;

    /// <summary>Windows a fault may take to be named: its onset plus the slow states (annulus, motor heat) catching up.</summary>
    private const int MaxWindowsToDiagnose = 6;

    /// <summary>Windows the well may take to settle after the repair (motor temperature lags with a 90 s time constant).</summary>
    private const int MaxWindowsToRecover = 6;

    public static TheoryData<WellFault, string> Faults => new()
    {
        { WellFault.GasInterference, DiagnosisCodes.GasInterference },
        { WellFault.GasLock, DiagnosisCodes.GasLock },
        { WellFault.PumpOff, DiagnosisCodes.PumpOff },
        { WellFault.BrokenShaft, DiagnosisCodes.BrokenShaft },
        { WellFault.TubingLeak, DiagnosisCodes.TubingLeak },
        { WellFault.ClosedValve, DiagnosisCodes.ClosedValve },
        { WellFault.BlockedIntake, DiagnosisCodes.BlockedIntake },
        { WellFault.ScaleOrSolids, DiagnosisCodes.ScaleOrSolids },
        { WellFault.MotorOverheating, DiagnosisCodes.MotorOverheating },
        { WellFault.BearingWear, DiagnosisCodes.HighVibration },
        { WellFault.Overload, DiagnosisCodes.Overload },
        { WellFault.PhaseImbalance, DiagnosisCodes.PhaseImbalance },
        { WellFault.InsulationBreakdown, DiagnosisCodes.InsulationFault },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Built_in_tree_names_each_fault_and_returns_to_normal_after_it_is_cleared(WellFault fault, string expectedCode)
    {
        AssertDiagnosedAndRecovered(new SimulatedWellRun(seed: 1000 + (int)fault), fault, expectedCode);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public void Same_holds_below_rated_frequency_with_the_baseline_taken_there(WellFault fault, string expectedCode)
    {
        AssertDiagnosedAndRecovered(new SimulatedWellRun(seed: 2000 + (int)fault, frequencySetpointHz: 50), fault, expectedCode);
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public void Same_holds_for_a_smaller_well_in_five_and_a_half_inch_casing(WellFault fault, string expectedCode)
    {
        var well = new Well("W-7", "Well 7", "South Field", "ESP-400 / 60 hp", ratedFlowBblPerDay: 1000, ratedMotorCurrentAmps: 30, ratedFrequencyHz: 50,
            ratedMotorTemperatureC: 110, maxMotorTemperatureC: 140, casingInnerDiameterInches: 4.95, motorOuterDiameterInches: 4.56);
        var settings = new EspWellSimulationSettings(well) { ReservoirPressurePsi = 1200, ProductivityIndexBblPerDayPerPsi = 1.5, FluidTemperatureC = 70 };
        AssertDiagnosedAndRecovered(new SimulatedWellRun(seed: 3000 + (int)fault, settings, frequencySetpointHz: 45), fault, expectedCode);
    }

    private void AssertDiagnosedAndRecovered(SimulatedWellRun run, WellFault fault, string expectedCode)
    {
        Assert.Equal(DiagnosisCodes.Normal, run.Diagnose(run.NextWindow()).Diagnosis.Code);

        run.Simulation.StartFault(fault);
        var duringFault = Codes(run.DiagnoseWindows(FaultWindows));
        output.WriteLine($"{fault}: {string.Join(" ", duringFault)}");

        run.Simulation.ClearFault(fault);
        var afterRepair = Codes(run.DiagnoseWindows(RecoveryWindows));
        output.WriteLine($"after repair: {string.Join(" ", afterRepair)}");

        var named = duringFault.IndexOf(expectedCode);
        Assert.InRange(named, 0, MaxWindowsToDiagnose - 1);
        Assert.All(duringFault.Skip(named), code => Assert.Equal(expectedCode, code));

        var normal = afterRepair.IndexOf(DiagnosisCodes.Normal);
        Assert.InRange(normal, 0, MaxWindowsToRecover - 1);
        Assert.All(afterRepair.Skip(normal), code => Assert.Equal(DiagnosisCodes.Normal, code));
    }

    [Fact]
    public void Stopping_the_motor_is_diagnosed_as_stopped_and_a_restart_as_normal()
    {
        var run = new SimulatedWellRun(seed: 7);
        run.Simulation.StopMotor();
        // The VSD ramps down within the first window, so its newest reading is already stopped.
        var stopped = Codes(run.DiagnoseWindows(3));
        output.WriteLine($"stopped: {string.Join(" ", stopped)}");
        Assert.All(stopped, code => Assert.Equal(DiagnosisCodes.Stopped, code));

        run.Simulation.StartMotor();
        var restarted = Codes(run.DiagnoseWindows(10));
        output.WriteLine($"restarted: {string.Join(" ", restarted)}");
        Assert.Equal(DiagnosisCodes.FrequencyTransient, restarted[0]);
        Assert.Equal(DiagnosisCodes.Normal, restarted[^1]);
    }

    private static List<string> Codes(IEnumerable<DiagnosticResult> results) => results.Select(r => r.Diagnosis.Code).ToList();
}
