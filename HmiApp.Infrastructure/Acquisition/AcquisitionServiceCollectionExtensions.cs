using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Storage;
using HmiApp.Infrastructure.Audit;
using HmiApp.Infrastructure.Mqtt;
using HmiApp.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace HmiApp.Infrastructure.Acquisition;

public static class AcquisitionServiceCollectionExtensions
{
    /// <summary>Quartz's scheduler name; every node of a cluster must use the same.</summary>
    public const string SchedulerName = "hmi-acquisition";

    /// <summary>
    /// Registers acquisition: point map storage and service, engine, live values, metrics, and the Quartz
    /// scheduler on a persistent job store in the app's database (SQLite: not clustered; PostgreSQL: clustered).
    /// </summary>
    public static IServiceCollection AddHmiAcquisition(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<AcquisitionOptions>().Bind(configuration.GetSection(AcquisitionOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AcquisitionOptions>, AcquisitionOptionsValidator>();
        services.AddSingleton<PointMapRepository>();
        services.AddHmiAuditTrail();
        services.AddSingleton<LiveValueBroadcaster>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveValueBroadcaster>());
        services.AddSingleton<CurrentValueTable>();
        services.AddSingleton<AcquisitionEngine>();
        services.AddSingleton<MqttMetrics>();
        services.AddSingleton<MqttAcquisition>();
        services.AddSingleton<DeviceStatusBoard>();
        services.AddSingleton<AcquisitionMetrics>();
        services.AddSingleton<PollScheduler>();
        services.AddSingleton<PointMapService>();
        services.AddSingleton<AcquisitionService>();
        services.AddSingleton<AcquisitionReadinessCheck>();

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = SchedulerName;
                // Many devices on one scan class fire together: acquiring their triggers in batches keeps the
                // store's round trips (serialised on SQLite) from making scan starts late (docs/benchmarks.md).
                o.MaxBatchSize = 10;
                o.BatchTriggerAcquisitionFireAheadTimeWindow = TimeSpan.FromMilliseconds(20);
            });
            // With invalid database settings start-up stops at the options check (exit code 2) before the
            // scheduler starts; configuring a store from them would throw here instead, without the message.
            if (!new DatabaseOptionsValidator().Validate(null, database).Succeeded)
            {
                return;
            }

            q.UsePersistentStore(store =>
            {
                store.ConfigureStore(o => o.TablePrefix = "qrtz_");
                store.UseSystemTextJsonSerializer();
                if (database.HasKnownProvider && database.ProviderKind == DatabaseProvider.PostgreSql)
                {
                    store.UsePostgres(database.ConnectionString!);
                    store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(5));
                }
                else
                {
                    // Quartz refuses clustering on SQLite (file locking): the embedded default is one node.
                    var connectionString = PersistenceServiceCollectionExtensions.SqliteConnectionString(database, contentRoot);
                    store.UseSqlite(connectionString);
                    store.UseConnectionProvider(_ => new SchedulerSqliteDbProvider(connectionString));
                }
            });
        });

        var enabled = configuration.GetSection(AcquisitionOptions.SectionName).GetValue(nameof(AcquisitionOptions.Enabled), true);
        if (enabled)
        {
            services.AddQuartzHostedService(o =>
            {
                o.WaitForJobsToComplete = true;
                o.AwaitApplicationStarted = false;
            });
            services.AddHostedService(sp => sp.GetRequiredService<AcquisitionService>());
            services.AddHostedService<MetricsActivator>();
        }

        return services;
    }

    // The metrics register their instruments when first resolved; this resolves them at start.
    private sealed class MetricsActivator(AcquisitionMetrics metrics, MqttMetrics mqtt) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.FromResult((metrics, mqtt));

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
