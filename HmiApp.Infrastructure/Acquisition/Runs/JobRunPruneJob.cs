using Hangfire;
using HmiApp.Infrastructure.Jobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Acquisition.Runs;

/// <summary>
/// The Hangfire recurring job <see cref="Id"/>: deletes poll runs older than <see cref="JobRunOptions.MaxAge"/> and
/// beyond <see cref="JobRunOptions.MaxRunsPerJob"/> per job, every <see cref="JobRunOptions.PruneInterval"/>. Apart
/// from the recorder's write loop, so that a slow delete never holds up the writing of runs, and in a cluster one
/// node prunes the shared history per occurrence instead of every node.
/// </summary>
public sealed partial class JobRunPruneJob(JobRunStore store, IOptions<JobRunOptions> options, TimeProvider time, ILogger<JobRunPruneJob> logger)
{
    public const string Id = "job-run-prune";

    // A failed prune is not retried: the next occurrence deletes the same rows and more, and it shows as Failed meanwhile.
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [Queue(UpkeepJob.Queue)]
    [JobDisplayName("Prune job-run history")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var deleted = await store.PruneAsync(time.GetUtcNow() - options.Value.MaxAge, options.Value.MaxRunsPerJob, cancellationToken);
        if (deleted > 0)
        {
            LogPruned(deleted);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Count} job run(s) from the history")]
    private partial void LogPruned(int count);
}
