using HmiApp.Domain.Wells;

namespace HmiApp.Tests.Wells;

public sealed class WellFrequencyLimitsTests
{
    private static readonly Well Sixty = new("W-1", "Well 1", "North", "P-100", 2000, 40, 60, 90, 150, 7, 4.5);

    [Fact]
    public void Defaults_are_half_to_seven_sixths_of_the_rated_frequency()
    {
        var limits = WellFrequencyLimits.DefaultFor(Sixty);

        Assert.Equal((30, 70), (limits.MinHz, limits.MaxHz));
        Assert.Equal("30..70 Hz", limits.ToString());
    }

    [Theory]
    [InlineData(30, null)]
    [InlineData(70, null)]
    [InlineData(29.9, "29.9 Hz is below the well's minimum frequency 30 Hz")]
    [InlineData(70.1, "70.1 Hz is above the well's maximum frequency 70 Hz")]
    [InlineData(double.NaN, "NaN Hz is not a number")]
    public void A_frequency_is_refused_outside_the_band_with_the_limit_it_broke(double hz, string? refusal) =>
        Assert.Equal(refusal, new WellFrequencyLimits(30, 70).Refusal(hz));

    [Theory]
    [InlineData(-1, 60, "minHz", "minHz = -1 is invalid: must be a finite number >= 0 Hz")]
    [InlineData(30, 121, "maxHz", "maxHz = 121 is invalid: must be at most 120 Hz")]
    [InlineData(50, 50, "maxHz", "maxHz = 50 is invalid: must be above minHz (50 Hz)")]
    public void Limits_that_cannot_hold_are_refused_naming_the_field(double min, double max, string field, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new WellFrequencyLimits(min, max));

        Assert.Equal(field, error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
