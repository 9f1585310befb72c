using HmiApp.Domain.Heating;

namespace HmiApp.Tests.Heating;

public sealed class HeatingTemperatureTests
{
    [Fact]
    public void The_not_initialised_pattern_0x7FFF_is_no_value() => Assert.Null(HeatingTemperature.Decode(0x7FFF));

    [Fact]
    public void The_standby_setpoint_pattern_0x8116_is_no_value_not_minus_17_7() => Assert.Null(HeatingTemperature.Decode(0x8116));

    [Theory]
    [InlineData((ushort)0x0C33, 21.5)]   // E=1, M=1075: 0.01 · 1075 · 2 = 21.5
    [InlineData((ushort)0x0000, 0.0)]
    [InlineData((ushort)0x07FF, 20.47)]  // E=0, largest positive mantissa
    [InlineData((ushort)0x87FF, -0.01)]  // E=0, M=-1
    [InlineData((ushort)0x8540, -7.04)]  // E=0, M=-704
    [InlineData((ushort)0x8117, -17.69)] // 0x8116's neighbours are ordinary values; only 0x8116 itself means standby
    [InlineData((ushort)0x8115, -17.71)]
    public void Other_patterns_decode_as_DPT_9_001(ushort raw, double celsius) => Assert.Equal(celsius, HeatingTemperature.Decode(raw));

    [Theory]
    [InlineData(5.0)]
    [InlineData(21.5)]
    [InlineData(30.0)]
    [InlineData(-12.3)]
    public void Encoded_temperatures_decode_to_themselves(double celsius) => Assert.Equal(celsius, HeatingTemperature.Decode(HeatingTemperature.Encode(celsius)));

    [Fact]
    public void Encoding_a_non_number_is_refused_with_the_reason() =>
        Assert.Contains("not a finite number", Assert.Throws<ArgumentOutOfRangeException>(() => HeatingTemperature.Encode(double.NaN)).Message);
}
