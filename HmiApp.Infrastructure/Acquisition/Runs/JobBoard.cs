using HmiApp.Infrastructure.Acquisition.Polling;
using Quartz;

namespace HmiApp.Infrastructure.Acquisition.Runs;

/// <summary>Every recurring poll job of the applied map with its schedule, state and counts, for the jobs page and REST.</summary>
public sealed class JobBoard(ISchedulerFactory schedulers, AcquisitionEngine engine, JobRunStore runs)
{
    public async Task<IReadOnlyList<JobSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var statuses = engine.Statuses().ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var totals = await runs.TotalsAsync(cancellationToken);
        var list = new List<JobSummary>();
        foreach (var scan in engine.Scans.OrderBy(s => s.Runtime.Device.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.ScanClass.Name, StringComparer.OrdinalIgnoreCase))
        {
            var device = scan.Runtime.Device.Name;
            var key = PollJobKeys.Job(device, scan.ScanClass.Name);
            var trigger = await scheduler.GetTrigger(PollJobKeys.Trigger(device, scan.ScanClass.Name), cancellationToken);
            var state = trigger is null ? TriggerState.None : await scheduler.GetTriggerState(trigger.Key, cancellationToken);
            var status = statuses[device];
            var total = totals.GetValueOrDefault(key.Name);
            list.Add(new JobSummary(
                key.Name, device, scan.ScanClass.Name, scan.ScanClass.Period.TotalMilliseconds, state.ToString(),
                trigger?.NextFireTimeUtc, trigger?.PreviousFireTimeUtc, status.LastLatencyMs,
                total?.Succeeded ?? 0, total?.Failed ?? 0, status.LastError));
        }

        return list;
    }

    /// <summary>The Quartz key of a listed job, or null when the applied map has no such job.</summary>
    public JobKey? Find(string key) =>
        engine.Scans.Select(s => PollJobKeys.Job(s.Runtime.Device.Name, s.ScanClass.Name)).FirstOrDefault(k => k.Name == key);
}
