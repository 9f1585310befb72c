using HmiApp.Infrastructure.Acquisition;

namespace HmiApp.Tests.Acquisition;

public sealed class AcquisitionOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(new AcquisitionOptionsValidator().Validate(null, new AcquisitionOptions()).Succeeded);
    }

    [Fact]
    public void Each_bad_setting_is_named_with_its_key_and_the_fix()
    {
        var result = new AcquisitionOptionsValidator().Validate(null, new AcquisitionOptions
        {
            StaleFactor = 0.5,
            BreakerFailureThreshold = 0,
            BreakerBackoff = TimeSpan.FromSeconds(10),
            BreakerMaxBackoff = TimeSpan.FromSeconds(1),
            BroadcastRateHz = 0,
        });

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Equal(4, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Acquisition:StaleFactor is 0.5: use a number of scan periods from 1 to 100", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Acquisition:BreakerFailureThreshold is 0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Acquisition:BreakerMaxBackoff", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Acquisition:BroadcastRateHz is 0", StringComparison.Ordinal));
    }
}
