using Quartz;

namespace HmiApp.Infrastructure.Acquisition.Polling;

/// <summary>
/// One poll of a device's scan class. Slow devices cannot pile polls up: the engine drops a poll whose previous
/// one still runs (the store does not block overlapping fires, see <see cref="PollScheduler"/>). A misfired
/// fire is dropped (next with remaining count) rather than caught up.
/// </summary>
public sealed class PollJob(AcquisitionEngine engine) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        // The outcome is the run history's (Runs/JobRunListener): a failed poll is not an exception to Quartz.
        context.Result = await engine.PollAsync(data.GetString(PollJobKeys.DeviceKey)!, data.GetString(PollJobKeys.ScanClassKey)!, cancellationToken);
    }
}
