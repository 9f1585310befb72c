using Hangfire;
using Hangfire.Storage;
using HmiApp.Infrastructure.Acquisition.Scanning;
using HmiApp.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Acquisition.Polling;

/// <summary>
/// Keeps the scan clock and the Hangfire poll jobs in step with the engine's scans: one loop on the clock and one
/// recurring job (closing the scan's window every <see cref="AcquisitionOptions.PollWindow"/>) per device and scan
/// class. Recurring jobs of scans gone are removed; unchanged ones are not written again. A paused scan keeps its
/// loop (idle) and loses its recurring job, so that the dashboard shows at once that it is not polled.
/// </summary>
public sealed class PollScheduler(ScanClock clock, ScanPauseStore pauses, AcquisitionEngine engine, JobStorage storage, IRecurringJobManager recurring, IOptions<AcquisitionOptions> options, AcquisitionChanges announced)
{
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var scans = engine.Scans;
        var paused = await pauses.PausedAsync(cancellationToken);
        await clock.SyncAsync(scans, paused, cancellationToken);

        var cron = WindowCron(options.Value.PollWindow);
        var wanted = scans.Select(s => PollJobKeys.Job(s.Runtime.Device.Name, s.ScanClass.Name)).Where(j => !paused.Contains(j)).ToHashSet(StringComparer.Ordinal);
        List<RecurringJobDto> existing;
        using (var connection = storage.GetConnection())
        {
            existing = connection.GetRecurringJobs().Where(j => j.Id.StartsWith(PollJobKeys.Prefix, StringComparison.Ordinal)).ToList();
        }

        foreach (var stale in existing.Where(j => !wanted.Contains(j.Id)))
        {
            recurring.RemoveIfExists(stale.Id);
        }

        var current = existing.Where(j => j.Cron == cron && j.Job?.Args is [string arg] && arg == j.Id).Select(j => j.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var job in wanted.Where(j => !current.Contains(j)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            AddWindowJob(job, cron);
        }
    }

    /// <summary>Stops a scan on this node and in Hangfire, and keeps it stopped across restarts; false when the map has no such scan.</summary>
    public async Task<bool> PauseAsync(string job, string actor, CancellationToken cancellationToken)
    {
        if (clock.Find(job) is null)
        {
            return false;
        }

        await pauses.PauseAsync(job, actor, cancellationToken);
        clock.SetPaused(job, true);
        recurring.RemoveIfExists(job);
        announced.Announce(AcquisitionChanges.Pauses);
        return true;
    }

    /// <summary>Starts a paused scan again; false when the map has no such scan.</summary>
    public async Task<bool> ResumeAsync(string job, CancellationToken cancellationToken)
    {
        if (clock.Find(job) is null)
        {
            return false;
        }

        await pauses.ResumeAsync(job, cancellationToken);
        clock.SetPaused(job, false);
        AddWindowJob(job, WindowCron(options.Value.PollWindow));
        announced.Announce(AcquisitionChanges.Pauses);
        return true;
    }

    private void AddWindowJob(string job, string cron) =>
        recurring.AddOrUpdate<PollWindowJob>(job, w => w.Close(job), cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });

    /// <summary>The cron of a window: whole seconds that divide the minute, or the minute (checked at start).</summary>
    public static string WindowCron(TimeSpan window) => RecurringInterval.Cron(window);
}
