using HmiApp.Infrastructure.Historian;

namespace HmiApp.Tests.Historian;

public sealed class HistorianOptionsValidatorTests
{
    private readonly HistorianOptionsValidator validator = new();

    [Fact]
    public void The_defaults_are_valid() => Assert.True(validator.Validate(null, new HistorianOptions()).Succeeded);

    public static TheoryData<string, Action<HistorianOptions>> BadSettings => new()
    {
        { "Historian:QueueCapacity", o => o.QueueCapacity = 0 },
        { "Historian:BatchSize", o => o.BatchSize = -1 },
        { "Historian:BatchSize", o => { o.BatchSize = 10; o.QueueCapacity = 5; } },
        { "Historian:FlushInterval", o => o.FlushInterval = TimeSpan.Zero },
        { "Historian:MemoryBufferSamples", o => o.MemoryBufferSamples = -5 },
        { "Historian:SpillDirectory", o => o.SpillDirectory = " " },
        { "Historian:ReadyBufferDepth", o => o.ReadyBufferDepth = 0 },
        { "Historian:RetentionDefault", o => o.RetentionDefault = TimeSpan.FromMinutes(5) },
        { "Historian:PointRetention:pump", o => o.PointRetention["pump"] = TimeSpan.FromDays(1) },
        { "Historian:TagRetention:energy", o => o.TagRetention["energy"] = TimeSpan.Zero },
        { "Historian:MaintenanceInterval", o => o.MaintenanceInterval = TimeSpan.Zero },
        { "Historian:MaintenanceInterval", o => o.MaintenanceInterval = TimeSpan.FromMinutes(90) },
        { "Historian:PartitionDaysAhead", o => o.PartitionDaysAhead = 0 },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void A_bad_setting_is_reported_under_its_key_with_an_example_of_a_good_one(string key, Action<HistorianOptions> spoil)
    {
        var options = new HistorianOptions();
        spoil(options);

        var result = validator.Validate(null, options);

        var message = Assert.Single(result.Failures!);
        Assert.StartsWith(key, message);
        Assert.Contains("Set", message.Replace("Use", "Set").Replace("Lower", "Set"));
    }

    [Fact]
    public void A_maintenance_interval_no_cron_repeats_exactly_names_the_nearest_that_do()
    {
        var message = Assert.Single(validator.Validate(null, new HistorianOptions { MaintenanceInterval = TimeSpan.FromMinutes(90) }).Failures!);

        Assert.StartsWith("Historian:MaintenanceInterval is '01:30:00'. No recurring schedule repeats exactly that often.", message, StringComparison.Ordinal);
        Assert.Contains("the nearest are '01:00:00' and '02:00:00'", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:15:00")]
    [InlineData("06:00:00")]
    [InlineData("1.00:00:00")]
    public void Maintenance_intervals_a_cron_repeats_exactly_are_valid(string interval) =>
        Assert.True(validator.Validate(null, new HistorianOptions { MaintenanceInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) }).Succeeded);
}
