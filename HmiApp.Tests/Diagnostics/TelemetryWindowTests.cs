using HmiApp.Domain.Wells;
using static HmiApp.Domain.Wells.TelemetrySignal;

namespace HmiApp.Tests.Diagnostics;

public sealed class TelemetryWindowTests
{
    private static readonly WellTelemetryReading Template = TelemetryScenario.Normal.Readings()[0];

    [Fact]
    public void Readings_are_ordered_by_time_whatever_order_they_arrive_in()
    {
        var window = Window([3, 1, 2], seconds: [30, 10, 20]);

        Assert.Equal([1.0, 2.0, 3.0], window.Readings.Select(r => r.MotorCurrentAmps));
        Assert.Equal(3, window.Latest(MotorCurrent));
        Assert.Equal(TimeSpan.FromSeconds(20), window.Span);
    }

    [Fact]
    public void Mean_minimum_maximum_and_variance()
    {
        var window = Window([2, 4, 4, 4, 5, 5, 7, 9]);

        Assert.Equal(5, window.Mean(MotorCurrent));
        Assert.Equal(2, window.Minimum(MotorCurrent));
        Assert.Equal(9, window.Maximum(MotorCurrent));
        Assert.Equal(4, window.Variance(MotorCurrent));
        Assert.Equal(0.4, window.CoefficientOfVariation(MotorCurrent), precision: 12);
    }

    [Fact]
    public void Slope_is_per_minute_by_least_squares()
    {
        // 0.5 A per 10 s = 3 A per minute, with symmetric noise that least squares cancels.
        var window = Window([10, 10.6, 10.9, 11.6, 12], seconds: [0, 10, 20, 30, 40]);

        Assert.Equal(3.0, window.SlopePerMinute(MotorCurrent), precision: 9);
    }

    [Fact]
    public void Steady_ramp_is_not_erratic_but_swings_about_a_trend_are()
    {
        var ramp = Window([.. Enumerable.Range(0, 60).Select(i => 40.0 + (i * 0.1))]);
        var swinging = Window([.. Enumerable.Range(0, 60).Select(i => 40.0 + (i * 0.1) + ((i % 4) is 0 or 3 ? 2 : -2))]);

        Assert.Equal(0, ramp.Erraticness(MotorCurrent), precision: 12);
        Assert.True(ramp.CoefficientOfVariation(MotorCurrent) > 0.03, "a ramp varies, though it is not erratic");
        Assert.Equal(2 / swinging.Mean(MotorCurrent), swinging.Erraticness(MotorCurrent), precision: 12);
    }

    [Fact]
    public void Slope_and_erraticness_of_a_single_reading_are_zero()
    {
        var window = Window([42]);

        Assert.Equal(0, window.SlopePerMinute(MotorCurrent));
        Assert.Equal(0, window.Erraticness(MotorCurrent));
        Assert.Equal(0, window.Variance(MotorCurrent));
    }

    [Fact]
    public void Ratio_to_rated_uses_the_wells_nameplate()
    {
        var window = Window([60, 65]);

        Assert.Equal(1.25, window.RatioToRated(MotorCurrent));
        Assert.Equal(1, window.RatioToRated(VsdFrequency));
        Assert.Equal(1, window.RatioToRated(FlowRate));
        Assert.Throws<ArgumentOutOfRangeException>(() => window.RatioToRated(Vibration));
    }

    [Fact]
    public void Ratio_to_baseline_divides_by_the_baseline_mean()
    {
        var baseline = TelemetryBaseline.FromWindow(Window([40, 45]));
        var window = Window([51, 51]);

        Assert.Equal(1.2, window.RatioToBaseline(MotorCurrent, baseline), precision: 12);
        Assert.Equal(1, window.RatioToBaseline(FlowRate, baseline));
    }

    [Fact]
    public void Ratio_to_a_zero_baseline_is_one_when_still_zero_and_unbounded_otherwise()
    {
        var zeroBaseline = TelemetryBaseline.FromWindow(Window([0, 0]));

        Assert.Equal(1, Window([0]).RatioToBaseline(MotorCurrent, zeroBaseline));
        Assert.Equal(double.PositiveInfinity, Window([3]).RatioToBaseline(MotorCurrent, zeroBaseline));
    }

    [Fact]
    public void Headroom_is_the_motor_limit_minus_the_mean_temperature()
    {
        var window = new TelemetryWindow(TelemetryScenario.Well, [Template with { MotorTemperatureC = 138 }, Template with { Timestamp = Template.Timestamp.AddSeconds(1), MotorTemperatureC = 142 }]);

        Assert.Equal(10, window.HeadroomToLimit(MotorTemperature));
        Assert.Throws<ArgumentOutOfRangeException>(() => window.HeadroomToLimit(FlowRate));
    }

    [Fact]
    public void Fluid_velocity_past_the_motor_follows_from_flow_and_annulus()
    {
        var window = new TelemetryWindow(TelemetryScenario.Well, [Template with { FlowRateBblPerDay = 2000 }]);

        // 0.0119 * 2000 / (6.276^2 - 5.62^2) = 3.0498 ft/s.
        Assert.Equal(3.0498, window.Latest(FluidVelocityPastMotor), precision: 4);
    }

    [Fact]
    public void Running_signal_is_the_fraction_of_the_window_spent_running()
    {
        var readings = TelemetryScenario.Normal.Readings().Select((r, i) => r with { IsRunning = i < 15 });
        var window = new TelemetryWindow(TelemetryScenario.Well, readings);

        Assert.Equal(0.25, window.Mean(Running));
        Assert.Equal(0, window.Latest(Running));
    }

    [Fact]
    public void Empty_window_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new TelemetryWindow(TelemetryScenario.Well, []));
        Assert.Contains("at least one reading", error.Message);
    }

    [Fact]
    public void Baseline_from_a_normal_window_holds_every_signal_mean()
    {
        var baseline = TelemetryScenario.Normal.Baseline();

        Assert.Equal(2000, baseline.MeanOf(FlowRate));
        Assert.Equal(500, baseline.MeanOf(PumpIntakePressure));
        Assert.Equal(TelemetryScenario.Start, baseline.From);
        Assert.Equal(TelemetryScenario.Start.AddSeconds(59), baseline.To);
    }

    [Fact]
    public void Baseline_missing_a_signal_is_refused_by_name()
    {
        var means = Enum.GetValues<TelemetrySignal>().Where(s => s != Torque).ToDictionary(s => s, _ => 1.0);
        var error = Assert.Throws<ArgumentException>(() => new TelemetryBaseline(TelemetryScenario.Start, TelemetryScenario.Start, means));
        Assert.Contains("no mean for signal Torque", error.Message);
    }

    private static TelemetryWindow Window(double[] currents, int[]? seconds = null) => new(
        TelemetryScenario.Well,
        currents.Select((c, i) => Template with
        {
            Timestamp = TelemetryScenario.Start.AddSeconds(seconds?[i] ?? i),
            MotorCurrentAmps = c,
            FlowRateBblPerDay = c == 0 ? 0 : 2000,
        }));
}
