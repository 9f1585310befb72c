using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Simulation;
using HmiApp.Infrastructure.Simulation.Wells;

namespace HmiApp.Tests.Wells;

public sealed class WellPointBindingsTests
{
    private static readonly PointMap Plant = SimulatedPlantPointMap.Build(new SimulatorOptions
    {
        Wells = [new SimulatedWellOptions { Id = "W-1", Name = "Well 1", Field = "North", Port = 15100 }, new SimulatedWellOptions { Id = "W-2", Name = "Well 2", Field = "South", Port = 15101 }],
    });

    [Fact]
    public void The_simulated_plant_tags_bind_every_field_and_both_controls_of_their_own_well()
    {
        var bindings = WellPointBindings.FromTags("W-1", Plant.Points);

        Assert.True(bindings.FeedsTelemetry);
        Assert.Empty(bindings.Unbound);
        Assert.Equal(WellPointBindings.ReadingSignals.Count, bindings.Telemetry.Count);
        Assert.All(bindings.Telemetry.Values.Concat(bindings.Controls.Values), k => Assert.Equal("W-1", k.Device));
        Assert.Equal(new PointKey("W-1", "VsdFrequency"), bindings.Telemetry[TelemetrySignal.VsdFrequency]);
        Assert.Equal(new PointKey("W-1", "FrequencySetpoint"), bindings.Controls[WellControl.FrequencySetpoint]);
        Assert.Equal(new PointKey("W-1", "RunCommand"), bindings.Controls[WellControl.RunCommand]);
        Assert.Empty(bindings.Validate(Plant));
    }

    [Fact]
    public void A_well_without_tagged_points_is_not_fed_and_says_which_fields_lack_a_point()
    {
        var bindings = WellPointBindings.FromTags("W-9", Plant.Points);

        Assert.True(bindings.IsEmpty);
        Assert.False(bindings.FeedsTelemetry);
        Assert.Equal(WellPointBindings.ReadingSignals, bindings.Unbound);
        Assert.Throws<InvalidOperationException>(() => bindings.Assemble(DateTimeOffset.UnixEpoch, _ => 0));
    }

    [Fact]
    public void Validation_names_the_field_and_the_point_that_does_not_fit_the_map()
    {
        var bindings = new WellPointBindings(
            new Dictionary<TelemetrySignal, PointKey> { [TelemetrySignal.FlowRate] = new("W-1", "Nothing") },
            new Dictionary<WellControl, PointKey> { [WellControl.FrequencySetpoint] = new("W-1", "VsdFrequency") });

        Assert.Equal(
            ["FlowRate: point W-1/Nothing is not in the point map", "FrequencySetpoint: point W-1/VsdFrequency is not writable"],
            bindings.Validate(Plant));
    }

    [Fact]
    public void A_derived_signal_cannot_be_bound()
    {
        var error = Assert.Throws<ArgumentException>(() => new WellPointBindings(
            new Dictionary<TelemetrySignal, PointKey> { [TelemetrySignal.FluidVelocityPastMotor] = new("W-1", "FlowRate") },
            new Dictionary<WellControl, PointKey>()));

        Assert.StartsWith("FluidVelocityPastMotor is derived", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reading_is_assembled_field_by_field_from_the_bound_values()
    {
        var bindings = WellPointBindings.FromTags("W-2", Plant.Points);
        var values = WellPointBindings.ReadingSignals.Select((s, i) => (s, Value: (double)(i + 1))).ToDictionary(x => x.s, x => x.Value);
        values[TelemetrySignal.Running] = 1;

        var reading = bindings.Assemble(DateTimeOffset.UnixEpoch, s => values[s]);

        Assert.All(WellPointBindings.ReadingSignals, s => Assert.Equal(values[s], reading.ValueOf(s)));
        Assert.True(reading.IsRunning);
        Assert.Equal(PointDataType.Float32, Plant.Points.Single(p => p.Key == new PointKey("W-2", "FlowRate")).Encoding.DataType);
        Assert.Equal(WellRegisterMap.Registers.Count, Plant.Points.Count(p => p.Device == "W-2"));
    }
}
