using HmiApp.Domain.Modbus;
using HmiApp.Live;

namespace HmiApp.Tests.Live;

public sealed class LiveFormatTests
{
    [Theory]
    [InlineData(1234.56, "1,235")]
    [InlineData(123.456, "123.5")]
    [InlineData(12.3456, "12.35")]
    [InlineData(0.01234, "0.012")]
    [InlineData(-5.5, "-5.50")]
    public void Numbers_keep_few_stable_digits(double number, string expected) =>
        Assert.Equal(expected, LiveFormat.Value(PointValue.FromNumber(number)));

    [Fact]
    public void Booleans_read_on_and_off_and_no_value_is_a_dash()
    {
        Assert.Equal("on", LiveFormat.Value(PointValue.FromBoolean(true)));
        Assert.Equal("off", LiveFormat.Value(PointValue.FromBoolean(false)));
        Assert.Equal("–", LiveFormat.Value(PointValue.NoValue));
    }

    [Theory]
    [InlineData(0.4, "just now")]
    [InlineData(12, "12 s old")]
    [InlineData(300, "5 min old")]
    [InlineData(3 * 3600, "3 h old")]
    public void Ages_use_the_largest_sensible_unit(double seconds, string expected) =>
        Assert.Equal(expected, LiveFormat.Age(TimeSpan.FromSeconds(seconds)));
}
