using HmiApp.Domain.Wells;
using static HmiApp.Domain.Wells.TelemetrySignal;

namespace HmiApp.Tests.Diagnostics;

/// <summary>The features issue 17 asks for: steps, end level beside the mean, fluctuation a ramp cannot fake, order of moves.</summary>
[Trait("Category", "Component")]
public sealed class TelemetryStepAndTrendFeatureTests
{
    private static readonly WellTelemetryReading Template = TelemetryScenario.Normal.Readings()[0];

    [Fact]
    public void Step_finds_where_current_fell_and_how_far()
    {
        var noise = new Random(17);
        var currents = Enumerable.Range(0, 60).Select(i => (i < 30 ? 45.0 : 15.0) + (noise.NextDouble() - 0.5)).ToArray();

        var step = Window(currents).Step(MotorCurrent)!;

        Assert.Equal(30, step.FirstIndexAfter);
        Assert.Equal(TelemetryScenario.Start.AddMinutes(30), step.At);
        Assert.InRange(step.RelativeChange, -0.70, -0.63);
    }

    [Fact]
    public void End_level_sees_where_a_falling_pressure_ended_while_the_mean_does_not()
    {
        // Pump-off: intake pressure falls from baseline to 15 % of it across the hour.
        var pressures = Enumerable.Range(0, 60).Select(i => 1000.0 - (850.0 * i / 59)).ToArray();

        var window = Window(currents: Enumerable.Repeat(40.0, 60).ToArray(), pressures: pressures);

        Assert.InRange(window.Mean(PumpIntakePressure), 570, 580);
        Assert.InRange(window.EndLevel(PumpIntakePressure), 150, 200);
    }

    [Fact]
    public void A_ramp_and_a_step_do_not_count_as_fluctuation_but_noise_does()
    {
        var ramp = Window(Enumerable.Range(0, 60).Select(i => 20.0 + (0.5 * i)).ToArray());
        var step = Window(Enumerable.Range(0, 60).Select(i => i < 30 ? 45.0 : 15.0).ToArray());
        var noise = new Random(3);
        var erratic = Window(Enumerable.Range(0, 60).Select(_ => 40.0 + (8 * (noise.NextDouble() - 0.5))).ToArray());

        // The plain coefficient of variation is fooled by both ramp and step.
        Assert.True(ramp.CoefficientOfVariation(MotorCurrent) > 0.2);
        Assert.True(step.CoefficientOfVariation(MotorCurrent) > 0.4);

        Assert.True(ramp.SuccessiveDifferenceErraticness(MotorCurrent) < 0.02);
        Assert.Equal(0, step.SuccessiveDifferenceErraticness(MotorCurrent));
        Assert.True(erratic.SuccessiveDifferenceErraticness(MotorCurrent) > 0.03);
    }

    [Fact]
    public void Order_of_steps_shows_flow_dropped_before_intake_pressure_rose()
    {
        // Closed discharge valve: surface flow stops at minute 20, intake pressure builds from minute 26.
        var flows = Enumerable.Range(0, 60).Select(i => i < 20 ? 2000.0 : 20.0).ToArray();
        var pressures = Enumerable.Range(0, 60).Select(i => i < 26 ? 800.0 : 1100.0).ToArray();
        var window = Window(Enumerable.Repeat(40.0, 60).ToArray(), pressures, flows);

        var steps = window.StepsInOrder([PumpIntakePressure, MotorCurrent, FlowRate], minRelativeChange: 0.2);

        Assert.Equal([FlowRate, PumpIntakePressure], steps.Select(s => s.Signal));
        Assert.InRange(window.StepOnsetFraction(FlowRate), 0.33, 0.35);
        Assert.Equal(-0.99, window.Feature(TelemetryFeature.StepRelativeChange, FlowRate, null!), precision: 9);
    }

    [Fact]
    public void A_window_too_short_for_a_step_reports_none()
    {
        var window = Window([40, 10, 40]);

        Assert.Null(window.Step(MotorCurrent));
        Assert.Equal(1, window.StepOnsetFraction(MotorCurrent));
    }

    private static TelemetryWindow Window(double[] currents, double[]? pressures = null, double[]? flows = null) => new(
        TelemetryScenario.Well,
        currents.Select((c, i) => Template with
        {
            Timestamp = TelemetryScenario.Start.AddMinutes(i),
            MotorCurrentAmps = c,
            PumpIntakePressurePsi = pressures?[i] ?? Template.PumpIntakePressurePsi,
            FlowRateBblPerDay = flows?[i] ?? Template.FlowRateBblPerDay,
        }));
}
