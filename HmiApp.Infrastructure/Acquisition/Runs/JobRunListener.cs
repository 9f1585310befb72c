using HmiApp.Infrastructure.Acquisition.Polling;
using Quartz;

namespace HmiApp.Infrastructure.Acquisition.Runs;

/// <summary>
/// Turns each finished poll job into a <see cref="JobRun"/> for the recorder. Runs on the scheduler's worker
/// thread right after the job, so it does nothing but build the record and offer it to the queue.
/// </summary>
public sealed class JobRunListener(JobRunRecorder recorder) : IJobListener
{
    public string Name => "hmi-job-runs";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        var (succeeded, error) = jobException is not null
            ? (false, (jobException.InnerException ?? jobException).Message)
            : context.Result is PollOutcome outcome ? (outcome.Succeeded, outcome.Error) : (true, null);
        recorder.Record(new JobRun(
            context.JobDetail.Key.Name,
            data.GetString(PollJobKeys.DeviceKey) ?? "",
            data.GetString(PollJobKeys.ScanClassKey) ?? "",
            context.ScheduledFireTimeUtc ?? context.FireTimeUtc,
            context.FireTimeUtc,
            context.JobRunTime.TotalMilliseconds,
            succeeded,
            error));
        return ValueTask.CompletedTask;
    }
}
