using Quartz;

namespace HmiApp.Infrastructure.Acquisition.Polling;

/// <summary>
/// One poll of a device's scan class. Never runs twice at once for the same job, so slow devices cannot pile
/// polls up: on one node the engine drops a poll whose previous one still runs; in a cluster the job is also
/// non-concurrent in the store (<see cref="PollScheduler"/>). A misfired fire is dropped (next with remaining
/// count) rather than caught up.
/// </summary>
public sealed class PollJob(AcquisitionEngine engine) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        await engine.PollAsync(data.GetString(PollJobKeys.DeviceKey)!, data.GetString(PollJobKeys.ScanClassKey)!, cancellationToken);
    }
}
