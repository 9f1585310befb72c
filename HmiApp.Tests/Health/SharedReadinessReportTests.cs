using HmiApp.Health;
using HmiApp.Tests.Alarms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HmiApp.Tests.Health;

public sealed class SharedReadinessReportTests
{
    [Fact]
    public async Task Many_screens_asking_at_once_share_one_run_of_the_checks_until_it_is_older_than_its_max_age()
    {
        var runs = 0;
        var clock = new ManualTimeProvider();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<SharedReadinessReport>()
            .AddHealthChecks()
            .AddCheck("database", () =>
            {
                Interlocked.Increment(ref runs);
                return HealthCheckResult.Healthy("Reachable.");
            }, tags: [HealthTags.Ready])
            .Services.BuildServiceProvider();
        var readiness = services.GetRequiredService<SharedReadinessReport>();

        var readings = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => readiness.GetAsync(CancellationToken.None))));

        Assert.Equal(1, runs);
        Assert.All(readings, r => Assert.Same(readings[0], r));
        Assert.Equal("Reachable.", readings[0].Report.Entries["database"].Description);

        clock.Advance(SharedReadinessReport.MaxAge - TimeSpan.FromMilliseconds(1));
        await readiness.GetAsync(CancellationToken.None);
        Assert.Equal(1, runs);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        var later = await readiness.GetAsync(CancellationToken.None);
        Assert.Equal(2, runs);
        Assert.Equal(clock.GetUtcNow(), later.CheckedAt);
    }
}
