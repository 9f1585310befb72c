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
        await engine.PollAsync(data.GetString(PollJobKeys.DeviceKey)!, data.GetString(PollJobKeys.ScanClassKey)!, cancellationToken);
    }
}
