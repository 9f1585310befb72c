using HmiApp.Infrastructure.Alarms;
using HmiApp.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Cluster;

public static class ClusterServiceCollectionExtensions
{
    /// <summary>
    /// On PostgreSQL, where several nodes may share one database: live values go to every node
    /// (<see cref="LiveValueRelay"/>), and so do point-map and pause changes (<see cref="AcquisitionChangeRelay"/>).
    /// On SQLite (one node) nothing is added.
    /// </summary>
    public static IServiceCollection AddHmiCluster(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsPostgres(configuration))
        {
            return services;
        }

        services.AddSingleton<PostgresNotifications>();
        services.AddHostedService(sp => sp.GetRequiredService<PostgresNotifications>());
        services.AddSingleton<LiveValueRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveValueRelay>());
        services.AddSingleton<AcquisitionChangeRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<AcquisitionChangeRelay>());
        return services;
    }

    /// <summary>
    /// One alarm state and journal across the nodes (<see cref="ClusterAlarmJournal"/>). Call after
    /// <see cref="AddHmiCluster"/> and after the alarms are registered: it stands in front of their journal writer.
    /// </summary>
    public static IServiceCollection AddHmiClusterAlarms(this IServiceCollection services, IConfiguration configuration)
    {
        if (!IsPostgres(configuration))
        {
            return services;
        }

        services.AddSingleton(sp => new ClusterAlarmJournal(
            sp.GetRequiredService<AlarmJournalWriter>(),
            () => sp.GetRequiredService<AlarmEngine>(),
            sp.GetRequiredService<Acquisition.Polling.AcquisitionEngine>(),
            sp.GetRequiredService<Acquisition.Scanning.IDeviceOwnership>(),
            sp.GetRequiredService<PostgresNotifications>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ClusterAlarmJournal>>()));
        services.AddSingleton<IAlarmJournalSink>(sp => sp.GetRequiredService<ClusterAlarmJournal>());
        services.AddHostedService(sp => sp.GetRequiredService<ClusterAlarmJournal>());
        return services;
    }

    private static bool IsPostgres(IConfiguration configuration)
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return database.HasKnownProvider && database.ProviderKind == DatabaseProvider.PostgreSql;
    }
}
