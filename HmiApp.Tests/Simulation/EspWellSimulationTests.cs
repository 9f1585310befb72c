using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Simulation.Wells;

namespace HmiApp.Tests.Simulation;

public sealed class EspWellSimulationTests
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static EspWellSimulationSettings Settings => new(EspWellSimulationSettings.ExampleWell());

    [Fact]
    public void Same_seed_gives_identical_readings_and_another_seed_does_not()
    {
        var a = Run(seed: 3, seconds: 300);
        var b = Run(seed: 3, seconds: 300);
        var c = Run(seed: 4, seconds: 300);

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Time_moves_only_by_the_elapsed_time_passed_in()
    {
        var simulation = new EspWellSimulation(Settings, Epoch, seed: 1);
        var first = simulation.Advance(TimeSpan.FromSeconds(1.5));
        var second = simulation.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(Epoch.AddSeconds(1.5), first.Timestamp);
        Assert.Equal(Epoch.AddSeconds(11.5), second.Timestamp);
    }

    [Fact]
    public void Vsd_ramps_towards_the_setpoint_and_reports_running_only_while_turning()
    {
        var simulation = new EspWellSimulation(Settings, Epoch, seed: 1);
        Assert.False(simulation.Advance(TimeSpan.FromSeconds(1)).IsRunning);

        simulation.StartMotor();
        var afterTen = simulation.Advance(TimeSpan.FromSeconds(10));
        Assert.True(afterTen.IsRunning);
        Assert.Equal(10, afterTen.VsdFrequencyHz, precision: 6);

        var atSpeed = simulation.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(60, atSpeed.VsdFrequencyHz, precision: 6);

        simulation.StopMotor();
        var rampingDown = simulation.Advance(TimeSpan.FromSeconds(30));
        Assert.True(rampingDown.IsRunning);
        Assert.Equal(30, rampingDown.VsdFrequencyHz, precision: 6);

        var stopped = simulation.Advance(TimeSpan.FromSeconds(31));
        Assert.False(stopped.IsRunning);
        Assert.Equal(0, stopped.MotorCurrentAmps);
        Assert.Equal(0, stopped.FlowRateBblPerDay);
    }

    [Fact]
    public void Lower_frequency_lowers_flow_in_proportion_and_raises_intake_pressure()
    {
        var at60 = new SimulatedWellRun(seed: 5);
        var at50 = new SimulatedWellRun(seed: 5);
        at50.Simulation.SetFrequencySetpoint(50);
        at50.Advance(TimeSpan.FromMinutes(5));
        at60.Advance(TimeSpan.FromMinutes(5));

        var high = at60.NextWindow();
        var low = at50.NextWindow();

        // Affinity law: flow ~ f.
        Assert.Equal(50.0 / 60.0, low.Mean(TelemetrySignal.FlowRate) / high.Mean(TelemetrySignal.FlowRate), precision: 2);
        Assert.True(low.Mean(TelemetrySignal.PumpIntakePressure) > high.Mean(TelemetrySignal.PumpIntakePressure) + 100);
        Assert.True(low.Mean(TelemetrySignal.MotorCurrent) < high.Mean(TelemetrySignal.MotorCurrent));
        Assert.True(low.Mean(TelemetrySignal.Torque) < high.Mean(TelemetrySignal.Torque));
    }

    [Fact]
    public void Stopped_well_lets_the_annulus_refill_and_the_motor_cool_with_lag()
    {
        var run = new SimulatedWellRun(seed: 9);
        var running = run.NextWindow();
        run.Simulation.StopMotor();
        var firstStopped = run.Simulation.Advance(TimeSpan.FromSeconds(70));
        run.Advance(TimeSpan.FromMinutes(10));
        var settled = run.NextWindow();

        Assert.False(firstStopped.IsRunning);
        Assert.True(firstStopped.MotorTemperatureC > run.Settings.FluidTemperatureC + 5, "the motor cools with lag, not at once");
        Assert.Equal(run.Settings.FluidTemperatureC, settled.Mean(TelemetrySignal.MotorTemperature), precision: 0);
        Assert.Equal(run.Settings.ReservoirPressurePsi, settled.Mean(TelemetrySignal.PumpIntakePressure), 1500 * 0.01);
        Assert.True(running.Mean(TelemetrySignal.PumpIntakePressure) < settled.Mean(TelemetrySignal.PumpIntakePressure) - 500);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(120.5)]
    [InlineData(double.NaN)]
    public void Frequency_setpoint_out_of_range_is_refused_with_the_value(double hz)
    {
        var simulation = new EspWellSimulation(Settings, Epoch, seed: 1);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => simulation.SetFrequencySetpoint(hz));
        Assert.Equal("hz", error.ParamName);
        Assert.Contains("frequency setpoint", error.Message);
    }

    [Fact]
    public void Time_cannot_stand_still_or_go_back()
    {
        var simulation = new EspWellSimulation(Settings, Epoch, seed: 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => simulation.Advance(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => simulation.Advance(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void Faults_start_and_clear_and_are_listed_while_active()
    {
        var simulation = new EspWellSimulation(Settings, Epoch, seed: 1);
        simulation.StartFault(WellFault.TubingLeak);
        simulation.StartFault(WellFault.Overload);
        Assert.Equal([WellFault.TubingLeak, WellFault.Overload], simulation.ActiveFaults.Order());

        simulation.ClearFault(WellFault.TubingLeak);
        Assert.Equal([WellFault.Overload], simulation.ActiveFaults);
    }

    [Fact]
    public void Every_reading_is_valid_under_every_fault()
    {
        foreach (var fault in Enum.GetValues<WellFault>())
        {
            var run = new SimulatedWellRun(seed: 11);
            run.Simulation.StartFault(fault);
            for (var i = 0; i < 8; i++)
            {
                foreach (var reading in run.NextWindow().Readings)
                {
                    Assert.True(reading.Validate().Count == 0, $"{fault}: {string.Join("; ", reading.Validate())}");
                }
            }
        }
    }

    private static List<WellTelemetryReading> Run(int seed, int seconds)
    {
        var simulation = new EspWellSimulation(Settings, Epoch, seed);
        simulation.StartMotor();
        simulation.StartFault(WellFault.GasInterference);
        return Enumerable.Range(0, seconds).Select(_ => simulation.Advance(TimeSpan.FromSeconds(1))).ToList();
    }
}
