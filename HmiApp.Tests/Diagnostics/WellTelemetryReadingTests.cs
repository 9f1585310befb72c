using HmiApp.Domain.Wells;

namespace HmiApp.Tests.Diagnostics;

public sealed class WellTelemetryReadingTests
{
    private static readonly WellTelemetryReading Valid = TelemetryScenario.Normal.Readings()[0];

    [Fact]
    public void Normal_reading_is_valid()
    {
        Assert.Empty(Valid.Validate());
    }

    public static TheoryData<string, WellTelemetryReading, double> Negatives => new()
    {
        { "FlowRateBblPerDay", Valid with { FlowRateBblPerDay = -1 }, -1 },
        { "PumpIntakePressurePsi", Valid with { PumpIntakePressurePsi = -0.5 }, -0.5 },
        { "MotorCurrentAmps", Valid with { MotorCurrentAmps = -2 }, -2 },
        { "VibrationG", Valid with { VibrationG = -0.01 }, -0.01 },
        { "FlowVariancePercent", Valid with { FlowVariancePercent = -3 }, -3 },
        { "TorqueNewtonMetres", Valid with { TorqueNewtonMetres = -10 }, -10 },
        { "GasOilRatioScfPerBbl", Valid with { GasOilRatioScfPerBbl = -300 }, -300 },
        { "CurrentUnbalancePercent", Valid with { CurrentUnbalancePercent = -1 }, -1 },
        { "InsulationResistanceMegohms", Valid with { InsulationResistanceMegohms = -5 }, -5 },
    };

    [Theory]
    [MemberData(nameof(Negatives))]
    public void Negative_quantity_is_named_with_its_value(string field, WellTelemetryReading reading, double value)
    {
        var error = Assert.Single(reading.Validate());
        Assert.Equal(field, error.Field);
        Assert.Equal(value, error.Value);
        Assert.Equal($"{field} = {value} is invalid: must be a finite number >= 0", error.Message);
    }

    [Theory]
    [InlineData(-50, true)]
    [InlineData(200, true)]
    [InlineData(-50.1, false)]
    [InlineData(200.1, false)]
    [InlineData(double.NaN, false)]
    public void Motor_temperature_must_be_within_minus_50_and_200(double temperature, bool valid)
    {
        var errors = (Valid with { MotorTemperatureC = temperature }).Validate();
        if (valid)
        {
            Assert.Empty(errors);
        }
        else
        {
            var error = Assert.Single(errors);
            Assert.Equal("MotorTemperatureC", error.Field);
            Assert.Equal($"MotorTemperatureC = {temperature} is invalid: must be within -50..200 degC", error.Message);
        }
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(120, true)]
    [InlineData(-0.1, false)]
    [InlineData(120.1, false)]
    public void Vsd_frequency_must_be_within_0_and_120(double hz, bool valid)
    {
        var errors = (Valid with { VsdFrequencyHz = hz }).Validate();
        if (valid)
        {
            Assert.Empty(errors);
        }
        else
        {
            var error = Assert.Single(errors);
            Assert.Equal($"VsdFrequencyHz = {hz} is invalid: must be within 0..120 Hz", error.Message);
        }
    }

    [Fact]
    public void Not_a_number_and_infinity_are_invalid()
    {
        var errors = (Valid with { FlowRateBblPerDay = double.NaN, MotorCurrentAmps = double.PositiveInfinity }).Validate();
        Assert.Equal(["FlowRateBblPerDay", "MotorCurrentAmps"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Every_bad_field_is_reported_at_once()
    {
        var errors = (Valid with { FlowRateBblPerDay = -1, MotorTemperatureC = 250, VsdFrequencyHz = 130 }).Validate();
        Assert.Equal(["FlowRateBblPerDay", "MotorTemperatureC", "VsdFrequencyHz"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Zero_is_a_valid_quantity()
    {
        var stopped = Valid with { FlowRateBblPerDay = 0, MotorCurrentAmps = 0, TorqueNewtonMetres = 0, VibrationG = 0, VsdFrequencyHz = 0, IsRunning = false };
        Assert.Empty(stopped.Validate());
    }
}
