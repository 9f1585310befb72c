using HmiApp.Domain.Wells;

namespace HmiApp.Tests.Diagnostics;

public sealed class WellTests
{
    [Fact]
    public void Nameplate_values_must_be_positive_and_name_the_field()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Create(ratedCurrent: 0));
        Assert.Equal("ratedMotorCurrentAmps", error.ParamName);
        Assert.Equal(0.0, error.ActualValue);
    }

    [Fact]
    public void Max_motor_temperature_must_exceed_rated()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Create(maxTemperature: 120));
        Assert.Equal("maxMotorTemperatureC", error.ParamName);
        Assert.Contains("must be above the rated motor temperature (120 degC)", error.Message);
    }

    [Fact]
    public void Motor_must_fit_in_the_casing()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Create(motorDiameter: 6.5));
        Assert.Equal("motorOuterDiameterInches", error.ParamName);
        Assert.Contains("must fit inside the casing", error.Message);
    }

    [Fact]
    public void Empty_id_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Well(" ", "n", "f", "p", 1, 1, 60, 100, 150, 6, 5));
        Assert.Equal("id", error.ParamName);
    }

    [Fact]
    public void Cooling_velocity_of_one_foot_per_second_in_seven_inch_casing()
    {
        var well = Create();
        var annulus = (6.276 * 6.276) - (5.62 * 5.62);

        Assert.Equal(1.0, well.FluidVelocityPastMotorFeetPerSecond(annulus / 0.0119), precision: 12);
        Assert.Equal(0, well.FluidVelocityPastMotorFeetPerSecond(0));
    }

    private static Well Create(double ratedCurrent = 50, double maxTemperature = 150, double motorDiameter = 5.62) =>
        new("W", "Well", "Field", "ESP", 2000, ratedCurrent, 60, 120, maxTemperature, 6.276, motorDiameter);
}
