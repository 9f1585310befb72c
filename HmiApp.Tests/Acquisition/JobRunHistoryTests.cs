using HmiApp.Infrastructure.Acquisition.Runs;

namespace HmiApp.Tests.Acquisition;

/// <summary>The stored run history on the app's SQLite database: runs recorded through the queue, totals, and pruning by age and count.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class JobRunHistoryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);
    private readonly HmiAppFactory app = new HmiAppFactory().With("JobRuns:FlushInterval", "00:00:00.050");

    private JobRunStore Store => app.Services.GetRequiredService<JobRunStore>();

    public Task InitializeAsync()
    {
        app.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Recorded_runs_are_written_in_batches_with_totals()
    {
        var recorder = app.Services.GetRequiredService<JobRunRecorder>();
        for (var i = 0; i < 250; i++)
        {
            recorder.Record(Run("poll:a:fast", Now.AddSeconds(i), ok: i % 10 != 0));
        }

        await Eventually.HoldsAsync(() => recorder.Written >= 250, "250 runs written");
        var page = await Store.RunsAsync("poll:a:fast", 0, 5, CancellationToken.None);
        Assert.Equal(250, page.Total);
        Assert.Equal(Now.AddSeconds(249), page.Items[0].StartedAt);
        var total = (await Store.TotalsAsync(CancellationToken.None))["poll:a:fast"];
        Assert.Equal((225L, 25L, Now.AddSeconds(249)), (total.Succeeded, total.Failed, total.LastRunAt));
        Assert.Equal(0, recorder.Dropped);
    }

    [Fact]
    public async Task Pruning_drops_runs_older_than_the_age_and_beyond_the_count_per_job_but_keeps_the_totals()
    {
        var runs = new List<JobRun>();
        for (var i = 29; i >= 0; i--)
        {
            runs.Add(Run("poll:a:fast", Now.AddMinutes(-i), ok: true));
            runs.Add(Run("poll:b:fast", Now.AddHours(-i), ok: false));
        }

        await Store.InsertAsync(runs, CancellationToken.None);

        var deleted = await Store.PruneAsync(Now.AddHours(-10).AddMinutes(-1), keepPerJob: 20, CancellationToken.None);

        var a = await Store.RunsAsync("poll:a:fast", 0, 100, CancellationToken.None);
        var b = await Store.RunsAsync("poll:b:fast", 0, 100, CancellationToken.None);
        Assert.Equal((20, Now, Now.AddMinutes(-19)), (a.Total, a.Items[0].StartedAt, a.Items[^1].StartedAt));
        Assert.Equal((11, Now, Now.AddHours(-10)), (b.Total, b.Items[0].StartedAt, b.Items[^1].StartedAt));
        Assert.Equal(10 + 19, deleted);
        var totals = await Store.TotalsAsync(CancellationToken.None);
        Assert.Equal((30L, 30L), (totals["poll:a:fast"].Succeeded, totals["poll:b:fast"].Failed));
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    // Runs are inserted oldest first, as they happen; pruning by count keeps the highest ids.
    private static JobRun Run(string key, DateTimeOffset started, bool ok) =>
        new(key, key.Split(':')[1], "fast", started.AddMilliseconds(-3), started, 1.5, ok, ok ? null : "timeout: no answer");
}
