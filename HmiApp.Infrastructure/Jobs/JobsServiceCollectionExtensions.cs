using Hangfire;
using Hangfire.AspNetCore;
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
    /// server on this node when <paramref name="runServer"/>. The storage and the job activator are this host's own
    /// services: Hangfire's static <c>JobStorage.Current</c> would be shared by every host in one process (the
    /// tests run several).
    /// </summary>
    public static IServiceCollection AddHmiJobs(this IServiceCollection services, IConfiguration configuration, string contentRoot, bool runServer)
    {
        services.AddSingleton<JobStorage>(_ =>
            JobStorageFactory.Create(configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions(), contentRoot));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(c => c
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (runServer)
        {
            services.AddHangfireServer(o =>
            {
                o.ServerName = $"{ServerName}:{Environment.MachineName}:{Environment.ProcessId}";
                // Window jobs take microseconds: two workers keep up with a thousand scans, and every idle worker
                // polls the storage.
                o.WorkerCount = 2;
                o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
                o.ServerCheckInterval = TimeSpan.FromSeconds(30);
                o.ServerTimeout = TimeSpan.FromMinutes(1);
            });
        }

        return services;
    }
}
