using Quartz;

namespace HmiApp.Infrastructure.Acquisition.Polling;

/// <summary>
/// Keeps the Quartz jobs in step with the engine's scans: one recurring job per device and scan class, first
/// fire spread by the scan class's start jitter. Jobs whose period did not change keep their trigger.
/// The jobs are not non-concurrent in the store: that costs five more statements and a scheduler wake-up per
/// fire, and on the clustered PostgreSQL store it left the scheduler unable to keep 100 fires a second
/// (docs/benchmarks.md, "Polling"). The engine drops a poll whose previous one still runs on the same node
/// (<see cref="AcquisitionEngine.PollAsync"/>); only a poll that outlasts its period can overlap with the next one
/// on another node. Jobs stored non-concurrent by an earlier version are written again.
/// </summary>
public sealed class PollScheduler(ISchedulerFactory schedulers, AcquisitionEngine engine, TimeProvider time)
{
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var wanted = engine.Scans.ToDictionary(s => PollJobKeys.Job(s.Runtime.Device.Name, s.ScanClass.Name));
        var existing = await scheduler.QueryJobs(new JobQuery { Group = GroupMatcher<JobKey>.GroupEquals(PollJobKeys.Group), Take = PagedQuery.All }, cancellationToken);
        var stale = existing.Items.Select(h => h.Key).Where(k => !wanted.ContainsKey(k)).ToList();
        if (stale.Count > 0)
        {
            await scheduler.DeleteJobs(stale, cancellationToken);
        }

        foreach (var (key, scan) in wanted)
        {
            var device = scan.Runtime.Device.Name;
            var triggerKey = PollJobKeys.Trigger(device, scan.ScanClass.Name);
            if (await scheduler.GetTrigger(triggerKey, cancellationToken) is ISimpleTrigger current && current.RepeatInterval == scan.ScanClass.Period
                && (await scheduler.GetJobDetail(key, cancellationToken))?.ConcurrentExecutionDisallowed == false)
            {
                continue;
            }

            var job = JobBuilder.Create<PollJob>()
                .WithIdentity(key)
                .DisallowConcurrentExecution(false)
                .UsingJobData(PollJobKeys.DeviceKey, device)
                .UsingJobData(PollJobKeys.ScanClassKey, scan.ScanClass.Name)
                .Build();
            var jitter = TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * scan.ScanClass.StartJitter.TotalMilliseconds);
            var trigger = TriggerBuilder.Create()
                .WithIdentity(triggerKey)
                .StartAt(time.GetUtcNow() + jitter)
                .WithSimpleSchedule(s => s.WithInterval(scan.ScanClass.Period).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
                .Build();
            await scheduler.ScheduleJob(job, trigger, ScheduleJobOptions.Replacing, cancellationToken);
        }
    }
}
