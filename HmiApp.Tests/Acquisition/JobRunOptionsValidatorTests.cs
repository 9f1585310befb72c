using HmiApp.Infrastructure.Acquisition.Runs;

namespace HmiApp.Tests.Acquisition;

public sealed class JobRunOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(new JobRunOptionsValidator().Validate(null, new JobRunOptions()).Succeeded);
    }

    [Fact]
    public void Each_bad_setting_is_named_with_its_value()
    {
        var result = new JobRunOptionsValidator().Validate(null, new JobRunOptions
        {
            QueueCapacity = 10,
            BatchSize = 20,
            FlushInterval = TimeSpan.Zero,
            MaxAge = TimeSpan.FromSeconds(5),
            MaxRunsPerJob = 0,
            PruneInterval = TimeSpan.FromMilliseconds(10),
        });

        Assert.False(result.Succeeded);
        var failures = result.Failures!.ToList();
        Assert.Equal(5, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("JobRuns:BatchSize (20) is larger than JobRuns:QueueCapacity (10)", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("JobRuns:FlushInterval is '00:00:00'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("JobRuns:MaxAge is '00:00:05'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("JobRuns:MaxRunsPerJob is 0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("JobRuns:PruneInterval is '00:00:00.0100000'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("00:07:00", "'00:06:00' and '00:10:00'")]
    [InlineData("00:00:45", "'00:00:30' and '00:01:00'")]
    [InlineData("3.00:00:00", "the longest is '1.00:00:00'")]
    public void A_prune_interval_no_cron_repeats_exactly_is_refused_with_the_nearest_that_do(string interval, string nearest)
    {
        var result = new JobRunOptionsValidator().Validate(null, new JobRunOptions { PruneInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) });

        var message = Assert.Single(result.Failures!);
        Assert.StartsWith($"JobRuns:PruneInterval is '{interval}'. No recurring schedule repeats exactly that often.", message, StringComparison.Ordinal);
        Assert.Contains(nearest, message, StringComparison.Ordinal);
    }
}
