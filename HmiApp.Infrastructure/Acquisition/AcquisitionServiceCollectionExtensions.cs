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
using HmiApp.Infrastructure.Acquisition.Scanning;
using HmiApp.Infrastructure.Jobs;

namespace HmiApp.Infrastructure.Acquisition;

public static class AcquisitionServiceCollectionExtensions
{
    /// <summary>
    /// Registers acquisition: point map storage and service, engine, live values, metrics, the scan clock and the
    /// Hangfire poll jobs (one recurring job per device and scan class, see <see cref="PollWindowJob"/>).
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
        services.AddSingleton<ScanClock>();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.HasKnownProvider && database.ProviderKind == DatabaseProvider.PostgreSql)
        {
            services.AddSingleton<PostgresDeviceOwnership>();
            services.AddSingleton<IDeviceOwnership>(sp => sp.GetRequiredService<PostgresDeviceOwnership>());
        }
        else
        {
            services.AddSingleton<IDeviceOwnership, SingleNodeOwnership>();
        }

        services.AddSingleton<AcquisitionChanges>();
        services.AddSingleton<ScanPauseStore>();
        services.AddSingleton<PollWindowJob>();
        services.AddSingleton<PollScheduler>();
        services.AddSingleton<PointMapService>();
        services.AddSingleton<AcquisitionService>();
        services.AddSingleton<AcquisitionReadinessCheck>();

        var enabled = configuration.GetSection(AcquisitionOptions.SectionName).GetValue(nameof(AcquisitionOptions.Enabled), true);
        services.AddHmiJobs(configuration, contentRoot, pollWindows: enabled);
        if (enabled)
        {
            services.AddHostedService(sp => sp.GetRequiredService<ScanClock>());
            if (database.HasKnownProvider && database.ProviderKind == DatabaseProvider.PostgreSql)
            {
                services.AddHostedService(sp => sp.GetRequiredService<PostgresDeviceOwnership>());
            }
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
