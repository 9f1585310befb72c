using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Simulation.Wells;
using static HmiApp.Domain.Wells.TelemetrySignal;

namespace HmiApp.Tests.Simulation;

/// <summary>
/// Each fault moves the signals as docs/simulated-wells.md says, judged against a run with the same seed and
/// no fault, once the fault has fully developed (six simulated minutes covers every onset and lag).
/// </summary>
public sealed class FaultSignatureTests
{
    [Fact]
    public void Gas_interference_makes_current_and_flow_erratic_and_lowers_intake_pressure()
    {
        var (f, r) = Developed(WellFault.GasInterference);
        Assert.InRange(Ratio(f, r, MotorCurrent), 0.6, 0.9);
        Assert.True(f.Erraticness(MotorCurrent) > 5 * r.Erraticness(MotorCurrent));
        Assert.True(f.Erraticness(FlowRate) > 3 * r.Erraticness(FlowRate));
        Assert.InRange(Ratio(f, r, FlowRate), 0.6, 0.9);
        Assert.True(Ratio(f, r, PumpIntakePressure) < 0.85);
        Assert.True(Ratio(f, r, GasOilRatio) > 1.5);
        Assert.True(Ratio(f, r, FlowVariance) > 2);
    }

    [Fact]
    public void Gas_lock_drops_current_near_no_load_swinging_with_little_flow()
    {
        var (f, r) = Developed(WellFault.GasLock);
        Assert.InRange(f.RatioToRated(MotorCurrent), 0.3, 0.45);
        Assert.True(f.Erraticness(MotorCurrent) > 0.05);
        Assert.True(Ratio(f, r, FlowRate) < 0.35);
        Assert.True(Ratio(f, r, PumpIntakePressure) < 0.9);
        Assert.True(f.Erraticness(PumpIntakePressure) > 5 * r.Erraticness(PumpIntakePressure));
    }

    [Fact]
    public void Pump_off_lowers_current_flow_and_intake_pressure_and_heats_the_motor()
    {
        var (f, r) = Developed(WellFault.PumpOff);
        Assert.InRange(Ratio(f, r, MotorCurrent), 0.5, 0.8);
        Assert.InRange(Ratio(f, r, FlowRate), 0.2, 0.5);
        Assert.True(Ratio(f, r, PumpIntakePressure) < 0.2);
        Assert.True(f.Mean(MotorTemperature) > r.Mean(MotorTemperature) + 5);
        Assert.True(f.Erraticness(MotorCurrent) < 0.03, "pump-off is a gradual fall, not erratic");
    }

    [Fact]
    public void Pump_off_develops_gradually()
    {
        var pair = new FaultRunPair(seed: 21);
        pair.Faulty.Simulation.StartFault(WellFault.PumpOff);
        pair.Advance(TimeSpan.FromSeconds(30));
        var (f, r) = pair.NextWindows();
        Assert.True(f.Readings[0].MotorCurrentAmps > 0.95 * r.Readings[0].MotorCurrentAmps, "30 s after the onset the current has hardly moved");
    }

    [Fact]
    public void Broken_shaft_drops_current_to_no_load_within_seconds_loses_flow_and_intake_pressure_rises()
    {
        var pair = new FaultRunPair(seed: 22);
        var before = pair.Faulty.Simulation.Advance(TimeSpan.FromSeconds(1));
        pair.Reference.Simulation.Advance(TimeSpan.FromSeconds(1));
        pair.Faulty.Simulation.StartFault(WellFault.BrokenShaft);
        var fiveSecondsOn = pair.Faulty.Simulation.Advance(TimeSpan.FromSeconds(5));
        pair.Reference.Simulation.Advance(TimeSpan.FromSeconds(5));
        Assert.InRange(fiveSecondsOn.MotorCurrentAmps / pair.Well.RatedMotorCurrentAmps, 0.25, 0.35);
        Assert.True(before.MotorCurrentAmps > 2 * fiveSecondsOn.MotorCurrentAmps);

        pair.Advance(TimeSpan.FromMinutes(6));
        var (f, r) = pair.NextWindows();
        Assert.True(Ratio(f, r, FlowRate) < 0.05);
        Assert.True(Ratio(f, r, PumpIntakePressure) > 1.5);
        Assert.True(Ratio(f, r, Torque) < 0.05);
    }

    [Fact]
    public void Tubing_leak_lowers_flow_while_current_and_intake_pressure_stay()
    {
        var (f, r) = Developed(WellFault.TubingLeak);
        Assert.InRange(Ratio(f, r, FlowRate), 0.55, 0.75);
        Assert.InRange(Ratio(f, r, MotorCurrent), 0.97, 1.03);
        Assert.InRange(Ratio(f, r, PumpIntakePressure), 0.97, 1.03);
    }

    [Fact]
    public void Closed_valve_stops_flow_drops_current_to_shut_off_load_raises_intake_pressure_and_heats_the_motor()
    {
        var (f, r) = Developed(WellFault.ClosedValve);
        Assert.True(Ratio(f, r, FlowRate) < 0.05);
        Assert.InRange(f.RatioToRated(MotorCurrent), 0.42, 0.6);
        Assert.True(Ratio(f, r, PumpIntakePressure) > 1.5);
        Assert.True(f.Mean(MotorTemperature) > r.Mean(MotorTemperature) + 30);
    }

    [Fact]
    public void Blocked_intake_stops_flow_drops_current_near_no_load_and_intake_pressure_falls()
    {
        var (f, r) = Developed(WellFault.BlockedIntake);
        Assert.True(Ratio(f, r, FlowRate) < 0.1);
        Assert.InRange(f.RatioToRated(MotorCurrent), 0.3, 0.4);
        Assert.True(Ratio(f, r, PumpIntakePressure) < 0.3);
    }

    [Fact]
    public void Scale_creeps_current_up_while_flow_falls()
    {
        var (f, r) = Developed(WellFault.ScaleOrSolids);
        Assert.InRange(Ratio(f, r, MotorCurrent), 1.05, 1.2);
        Assert.InRange(Ratio(f, r, FlowRate), 0.7, 0.85);
    }

    [Fact]
    public void Motor_overheating_raises_temperature_to_the_limit_with_flow_and_current_unchanged()
    {
        var (f, r) = Developed(WellFault.MotorOverheating);
        Assert.True(f.Mean(MotorTemperature) > f.Well.MaxMotorTemperatureC - 10);
        Assert.InRange(Ratio(f, r, MotorCurrent), 0.98, 1.02);
        Assert.InRange(Ratio(f, r, FlowRate), 0.97, 1.03);
    }

    [Fact]
    public void Motor_temperature_follows_with_thermal_lag()
    {
        var pair = new FaultRunPair(seed: 23);
        pair.Faulty.Simulation.StartFault(WellFault.MotorOverheating);
        var tenSecondsOn = pair.Faulty.Simulation.Advance(TimeSpan.FromSeconds(10));
        var reference = pair.Reference.Simulation.Advance(TimeSpan.FromSeconds(10));
        Assert.InRange(tenSecondsOn.MotorTemperatureC - reference.MotorTemperatureC, -1, 2);
    }

    [Fact]
    public void Bearing_wear_raises_vibration_with_flow_unchanged()
    {
        var (f, r) = Developed(WellFault.BearingWear);
        Assert.True(Ratio(f, r, Vibration) > 5);
        Assert.InRange(Ratio(f, r, FlowRate), 0.97, 1.03);
        Assert.InRange(Ratio(f, r, MotorCurrent), 1.0, 1.06);
    }

    [Fact]
    public void Overload_raises_current_above_one_and_a_quarter_rated_and_heats_the_motor()
    {
        var (f, r) = Developed(WellFault.Overload);
        Assert.True(f.RatioToRated(MotorCurrent) > 1.25);
        Assert.True(Ratio(f, r, Torque) > 1.5);
        Assert.True(f.Mean(MotorTemperature) > r.Mean(MotorTemperature) + 20);
    }

    [Fact]
    public void Phase_imbalance_raises_current_unbalance_and_heats_the_motor()
    {
        var (f, r) = Developed(WellFault.PhaseImbalance);
        Assert.InRange(r.Mean(CurrentUnbalance), 1, 2);
        Assert.True(f.Mean(CurrentUnbalance) > 10);
        Assert.True(f.Mean(MotorTemperature) > r.Mean(MotorTemperature) + 5);
    }

    [Fact]
    public void Insulation_breakdown_drops_insulation_resistance_below_one_megohm()
    {
        var (f, r) = Developed(WellFault.InsulationBreakdown);
        Assert.True(r.Minimum(InsulationResistance) > 1000);
        Assert.True(f.Maximum(InsulationResistance) < 1);
    }

    private static (TelemetryWindow Faulty, TelemetryWindow Reference) Developed(WellFault fault)
    {
        var pair = new FaultRunPair(seed: 100 + (int)fault);
        pair.Faulty.Simulation.StartFault(fault);
        pair.Advance(TimeSpan.FromMinutes(6));
        return pair.NextWindows();
    }

    private static double Ratio(TelemetryWindow faulty, TelemetryWindow reference, TelemetrySignal signal) =>
        faulty.Mean(signal) / reference.Mean(signal);
}
