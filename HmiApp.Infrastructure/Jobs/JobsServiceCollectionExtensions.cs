using System.Linq.Expressions;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.States;
using HmiApp.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HmiApp.Infrastructure.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>Hangfire's server name prefix; the dashboard's Servers page lists each node under it.</summary>
    public const string ServerName = "hmi";

    /// <summary>
    /// Hangfire for the app's recurring jobs, on the app's database (see <see cref="JobStorageFactory"/>), with a
    /// server on this node that runs the upkeep jobs (<see cref="UpkeepJob"/>) and, when <paramref name="pollWindows"/>
    /// (acquisition is on), the poll windows too. The storage and the job activator are this host's own services:
    /// Hangfire's static <c>JobStorage.Current</c> would be shared by every host in one process (the tests run several).
    /// </summary>
    public static IServiceCollection AddHmiJobs(this IServiceCollection services, IConfiguration configuration, string contentRoot, bool pollWindows)
    {
        services.AddSingleton<JobStorage>(_ =>
            JobStorageFactory.Create(configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions(), contentRoot));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHostedService<UpkeepJobRegistrar>();
        services.AddHangfireServer(o =>
        {
            o.ServerName = $"{ServerName}:{Environment.MachineName}:{Environment.ProcessId}";
            // A node that polls nothing must not close poll windows (it has no scans to report), but its historian
            // still needs maintenance: it takes the upkeep queue only.
            o.Queues = pollWindows ? [UpkeepJob.Queue, EnqueuedState.DefaultQueue] : [UpkeepJob.Queue];
            // Window jobs take microseconds: two workers keep up with a thousand scans, and every idle worker
            // polls the storage. An upkeep pass that takes minutes holds one of them, not both.
            o.WorkerCount = 2;
            o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
            o.ServerCheckInterval = TimeSpan.FromSeconds(30);
            o.ServerTimeout = TimeSpan.FromMinutes(1);
        });

        return services;
    }

    /// <summary>
    /// Declares the recurring upkeep job <paramref name="id"/>: <paramref name="run"/> on <typeparamref name="TJob"/>
    /// (resolved from this host's services when it runs) every <paramref name="interval"/>, a setting its options
    /// validator checks with <see cref="RecurringInterval"/>. Written to Hangfire at start by <see cref="UpkeepJobRegistrar"/>.
    /// </summary>
    public static IServiceCollection AddUpkeepJob<TJob>(this IServiceCollection services, string id, Expression<Func<TJob, Task>> run, Func<IServiceProvider, TimeSpan> interval)
    {
        var job = Job.FromExpression(run);
        services.AddSingleton(sp => new UpkeepJob(id, job, RecurringInterval.Cron(interval(sp))));
        return services;
    }
}
