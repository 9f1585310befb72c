using Hangfire;
using HmiApp.Infrastructure.Jobs;

namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// The Hangfire recurring job <see cref="Id"/>: one pass of <see cref="HistorianMaintenance"/> (partitions ahead,
/// retention) every <see cref="HistorianOptions.MaintenanceInterval"/>. In a cluster the shared storage gives each
/// occurrence to one node, so partitions are created and retention applied once, not once per node.
/// </summary>
public sealed class HistorianMaintenanceJob(HistorianMaintenance maintenance)
{
    public const string Id = "historian-maintenance";

    // A failed pass is not retried: the next occurrence does the same work anyway, and it shows as Failed meanwhile.
    // A pass still running when the next one is due (a long first retention on SQLite) keeps it waiting, not doubled.
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    [Queue(UpkeepJob.Queue)]
    [JobDisplayName("Historian maintenance")]
    public Task<RetentionOutcome> RunAsync(CancellationToken cancellationToken) => maintenance.RunOnceAsync(cancellationToken);
}
