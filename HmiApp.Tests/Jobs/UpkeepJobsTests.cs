using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using HmiApp.Infrastructure.Acquisition.Runs;
using HmiApp.Infrastructure.Historian;
using HmiApp.Infrastructure.Jobs;
using HmiApp.Tests.Historian;
using Microsoft.Extensions.Hosting;

namespace HmiApp.Tests.Jobs;

/// <summary>
/// The upkeep that used to run on timers, as Hangfire recurring jobs on the app's SQLite storage: both registered with
/// crons from their settings, historian maintenance run to Succeeded when triggered (retention applied), the prune
/// job deleting old runs, and a node with acquisition switched off still running upkeep.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class UpkeepJobsTests : IAsyncDisposable
{
    // Hangfire's SQLite storage is polled every 5 s, and a worker may just have looked.
    private static readonly TimeSpan JobTimeout = TimeSpan.FromSeconds(30);
    private HmiAppFactory app = new HmiAppFactory().With("JobRuns:PruneInterval", "00:30:00");

    private JobStorage Storage => app.Services.GetRequiredService<JobStorage>();

    [Fact]
    public void The_host_registers_both_upkeep_jobs_with_crons_from_their_settings()
    {
        Dictionary<string, RecurringJobDto> jobs;
        using (var connection = Storage.GetConnection())
        {
            jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id);
        }

        var maintenance = jobs[HistorianMaintenanceJob.Id];
        Assert.Equal(("0 * * * *", typeof(HistorianMaintenanceJob), "UTC"), (maintenance.Cron, maintenance.Job.Type, maintenance.TimeZoneId));
        Assert.Equal((0, 0), (maintenance.NextExecution!.Value.Minute, maintenance.NextExecution.Value.Second));
        var prune = jobs[JobRunPruneJob.Id];
        Assert.Equal(("*/30 * * * *", typeof(JobRunPruneJob), "UTC"), (prune.Cron, prune.Job.Type, prune.TimeZoneId));
        Assert.Equal(0, prune.NextExecution!.Value.Minute % 30);
        Assert.Null(maintenance.Error ?? prune.Error);
    }

    [Fact]
    public async Task Historian_maintenance_runs_once_at_start_and_then_as_the_triggered_job_to_succeeded()
    {
        var maintenance = app.Services.GetRequiredService<HistorianMaintenance>();
        // The hosted service makes its one pass (partitions before the first writes) and stops: no loop is left.
        await maintenance.ExecuteTask!.WaitAsync(JobTimeout);
        Assert.True(maintenance.ExecuteTask.IsCompletedSuccessfully);

        var store = app.Services.GetRequiredService<IHistoryStore>();
        var old = DateTimeOffset.UtcNow.AddDays(-400);
        await store.WriteAsync(Samples.Series(7, old, 10, TimeSpan.FromMinutes(1)), false, CancellationToken.None);
        await store.WriteAsync(Samples.Series(8, DateTimeOffset.UtcNow.AddHours(-1), 5, TimeSpan.FromMinutes(1)), false, CancellationToken.None);

        var state = await RunToEndAsync(HistorianMaintenanceJob.Id);

        Assert.Equal(SucceededState.StateName, state.Name);
        Assert.Contains("\"DeletedSamples\":10", state.Data["Result"], StringComparison.Ordinal);
        Assert.Empty(await ReadAsync(store, 7));
        Assert.Equal(5, (await ReadAsync(store, 8)).Count);
    }

    [Fact]
    public async Task The_prune_job_deletes_runs_older_than_the_age_and_beyond_the_count_per_job()
    {
        await ReplaceAppAsync(new HmiAppFactory().With("JobRuns:MaxRunsPerJob", "5"));
        var runs = app.Services.GetRequiredService<JobRunStore>();
        // Whole seconds: the store keeps milliseconds.
        var now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var inserted = new List<JobRun>();
        inserted.AddRange(Enumerable.Range(0, 3).Select(i => Run("poll:old:fast", now.AddDays(-8).AddMinutes(i))));
        inserted.AddRange(Enumerable.Range(0, 8).Select(i => Run("poll:busy:fast", now.AddMinutes(-10 + i))));
        await runs.InsertAsync(inserted, CancellationToken.None);

        var state = await RunToEndAsync(JobRunPruneJob.Id);

        Assert.Equal((SucceededState.StateName, "6"), (state.Name, state.Data["Result"]));
        Assert.Equal(0, (await runs.RunsAsync("poll:old:fast", 0, 10, CancellationToken.None)).Total);
        var busy = await runs.RunsAsync("poll:busy:fast", 0, 10, CancellationToken.None);
        Assert.Equal((5, now.AddMinutes(-3)), (busy.Total, busy.Items[0].StartedAt));
    }

    [Fact]
    public async Task A_node_with_acquisition_switched_off_still_runs_upkeep()
    {
        await ReplaceAppAsync(new HmiAppFactory().With("Acquisition:Enabled", "false"));

        var state = await RunToEndAsync(JobRunPruneJob.Id);

        Assert.Equal(SucceededState.StateName, state.Name);
        Assert.Equal(UpkeepJob.Queue, QueueOf(state.JobId));
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task ReplaceAppAsync(HmiAppFactory other)
    {
        await app.DisposeAsync();
        app = other;
    }

    /// <summary>Triggers the recurring job now and waits until its run has ended (Succeeded or Failed).</summary>
    private async Task<(string JobId, string Name, IDictionary<string, string> Data)> RunToEndAsync(string recurringJobId)
    {
        var jobId = app.Services.GetRequiredService<IRecurringJobManagerV2>().TriggerJob(recurringJobId);
        Assert.NotNull(jobId);
        var state = await Eventually.WaitAsync(
            () =>
            {
                using var connection = Storage.GetConnection();
                return Task.FromResult(connection.GetStateData(jobId));
            },
            s => s?.Name == SucceededState.StateName || s?.Name == FailedState.StateName,
            $"{recurringJobId} ({jobId}) succeeded or failed",
            JobTimeout);
        return (jobId, state.Name, state.Data);
    }

    private string? QueueOf(string jobId) =>
        Storage.GetMonitoringApi().JobDetails(jobId).History.Single(h => h.StateName == EnqueuedState.StateName).Data["Queue"];

    private static async Task<List<HmiApp.Domain.Acquisition.PointSample>> ReadAsync(IHistoryStore store, long point)
    {
        var samples = new List<HmiApp.Domain.Acquisition.PointSample>();
        await foreach (var sample in store.ReadAsync(point, long.MinValue, long.MaxValue, null, CancellationToken.None))
        {
            samples.Add(sample);
        }

        return samples;
    }

    private static JobRun Run(string key, DateTimeOffset started) =>
        new(key, key.Split(':')[1], "fast", started.AddMilliseconds(-3), started, 1.5, true, null);
}
