using HmiApp.Kiosk;

namespace HmiApp.Tests.Kiosk;

public sealed class KeypadEntryTests
{
    private static KeypadEntry Type(string keys, double? min = null, double? max = null, double? step = null) =>
        keys.Aggregate(new KeypadEntry("", min, max, step), (entry, key) => entry.Press(key));

    [Fact]
    public void Digits_decimal_point_and_sign_build_the_number()
    {
        Assert.Equal("-12.5", Type("12.5-").Text);
        Assert.Equal("0.5", Type(".5").Text);
        Assert.Equal("1.25", Type("1.2.5").Text);
        Assert.Equal("7", Type("07").Text);
        Assert.Equal("1", Type("12").Backspace().Text);
        Assert.Equal("", Type("12").Clear().Text);
    }

    [Theory]
    [InlineData("29", "29 is below the minimum 30.")]
    [InlineData("61", "61 is above the maximum 60.")]
    [InlineData("45.3", "45.3 is not a multiple of the step 0.5 from 30.")]
    [InlineData("", "Enter a value.")]
    [InlineData("-", "'-' is not a number.")]
    public void Values_outside_the_limits_or_off_the_step_are_refused_with_the_reason(string keys, string error)
    {
        var (value, message) = Type(keys, min: 30, max: 60, step: 0.5).Validate();

        Assert.Null(value);
        Assert.Equal(error, message);
    }

    [Theory]
    [InlineData("30", 30.0)]
    [InlineData("45.5", 45.5)]
    [InlineData("60", 60.0)]
    public void Values_within_the_limits_on_the_step_are_accepted(string keys, double expected)
    {
        var (value, message) = Type(keys, min: 30, max: 60, step: 0.5).Validate();

        Assert.Null(message);
        Assert.Equal(expected, value);
    }
}
