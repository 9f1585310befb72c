using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Jobs;

/// <summary>
/// Writes the declared <see cref="UpkeepJob"/>s to Hangfire's storage at start, as recurring jobs in UTC. Every node
/// does it; Hangfire keeps one recurring job per id in the shared storage, so a changed interval is simply the newest
/// write, and each occurrence runs on one node.
/// </summary>
public sealed partial class UpkeepJobRegistrar(IEnumerable<UpkeepJob> jobs, IRecurringJobManager recurring, ILogger<UpkeepJobRegistrar> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var job in jobs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            recurring.AddOrUpdate(job.Id, job.Job, job.Cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
            LogRegistered(job.Id, job.Cron);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Recurring job {Id} scheduled on cron '{Cron}' (UTC)")]
    private partial void LogRegistered(string id, string cron);
}
