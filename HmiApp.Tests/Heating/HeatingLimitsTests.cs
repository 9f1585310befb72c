using HmiApp.Domain.Heating;

namespace HmiApp.Tests.Heating;

public sealed class HeatingLimitsTests
{
    private readonly HeatingLimits _limits = HeatingLimits.Default;

    [Theory]
    [InlineData(5.0)]
    [InlineData(5.5)]
    [InlineData(21.5)]
    [InlineData(30.0)]
    public void Setpoints_from_5_to_30_in_half_degrees_are_accepted(double celsius) => Assert.Null(_limits.ValidateSetpoint(celsius, "setpoint"));

    [Theory]
    [InlineData(4.5, "out of range")]
    [InlineData(30.5, "out of range")]
    [InlineData(-40.0, "out of range")]
    [InlineData(21.3, "not on the 0.5 °C grid")]
    [InlineData(double.NaN, "must be a number")]
    [InlineData(double.PositiveInfinity, "must be a number")]
    public void Other_setpoints_are_refused_naming_the_field_the_value_and_the_rule(double celsius, string why)
    {
        var error = _limits.ValidateSetpoint(celsius, "setpoint");
        Assert.NotNull(error);
        Assert.Equal("setpoint", error.Field);
        Assert.StartsWith("setpoint", error.Message);
        Assert.Contains(why, error.Message);
        Assert.Contains("5..30", error.Message);
    }

    [Theory]
    [InlineData("Normal", OperatingState.Normal)]
    [InlineData("reduced", OperatingState.Reduced)]
    [InlineData(" TimeProgram ", OperatingState.TimeProgram)]
    [InlineData("6", OperatingState.Holiday)]
    [InlineData("1", OperatingState.Normal)]
    public void States_are_accepted_by_name_or_by_Rehaus_number(string text, OperatingState expected)
    {
        Assert.Null(HeatingLimits.TryParseState(text, "state", out var state));
        Assert.Equal(expected, state);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("Sleeping")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_states_are_refused_listing_the_valid_ones(string? text)
    {
        var error = HeatingLimits.TryParseState(text, "state", out _);
        Assert.NotNull(error);
        Assert.Equal("state", error.Field);
        Assert.Contains("Holiday (6)", error.Message);
    }

    [Theory]
    [InlineData("Auto", OperatingMode.Auto)]
    [InlineData("manualcooling", OperatingMode.ManualCooling)]
    [InlineData("3", OperatingMode.Cooling)]
    public void Modes_are_accepted_by_name_or_number(string text, OperatingMode expected)
    {
        Assert.Null(HeatingLimits.TryParseMode(text, "mode", out var mode));
        Assert.Equal(expected, mode);
    }

    [Theory]
    [InlineData("6")]
    [InlineData("Turbo")]
    public void Unknown_modes_are_refused_naming_the_field(string text)
    {
        var error = HeatingLimits.TryParseMode(text, "mode", out _);
        Assert.NotNull(error);
        Assert.Equal("mode", error.Field);
        Assert.Contains($"'{text}'", error.Message);
    }

    [Fact]
    public void Commands_check_themselves_against_the_limits_and_encode_to_their_register()
    {
        var zone = new ZoneId(1, 2);
        Assert.NotNull(new ZoneSetpointCommand(zone, 31).Validate(_limits));
        var setpoint = new ZoneSetpointCommand(zone, 20.5);
        Assert.Null(setpoint.Validate(_limits));
        Assert.Equal(201, setpoint.Address);
        Assert.Equal(20.5, HeatingTemperature.Decode(setpoint.Encode()));
        Assert.Equal("20.5 °C", setpoint.Describe(setpoint.Encode()));
        Assert.Equal("no value", setpoint.Describe(0x8116));

        Assert.NotNull(new ZoneStateCommand(zone, (OperatingState)9).Validate(_limits));
        Assert.Equal(200, new ZoneStateCommand(zone, OperatingState.Party).Address);
        Assert.Equal("unknown (9)", new ZoneStateCommand(zone, OperatingState.Party).Describe(9));
        Assert.Equal((ushort)5, new OperatingModeCommand(OperatingMode.ManualCooling).Encode());
        Assert.Equal(HeatingRegisterMap.OperatingState, new OperatingStateCommand(OperatingState.Standby).Address);
    }
}
