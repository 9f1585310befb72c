using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Jobs;
using HmiApp.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HmiApp.Infrastructure.Historian;

public static class HistorianServiceCollectionExtensions
{
    /// <summary>
    /// The historian on the database chosen by <c>Database:Provider</c>: the writer (also registered as
    /// the <see cref="IPointSampleSink"/>), maintenance (a pass at start, then the recurring job
    /// <see cref="HistorianMaintenanceJob.Id"/>), the reader, its metrics, and the
    /// in-memory <see cref="IPointCatalog"/> unless another catalog was registered first.
    /// </summary>
    public static IServiceCollection AddHistorian(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<HistorianOptions>().Bind(configuration.GetSection(HistorianOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HistorianOptions>, HistorianOptionsValidator>();
        services.AddMetrics();
        services.TryAddSingleton<InMemoryPointCatalog>();
        services.TryAddSingleton<IPointCatalog>(sp => sp.GetRequiredService<InMemoryPointCatalog>());
        services.AddSingleton<HistorianMetrics>();
        services.AddSingleton<HistorianDataSource>();
        services.AddSingleton<IHistoryStore>(sp => CreateStore(sp, contentRoot));
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<HistorianOptions>>().Value);
        services.AddSingleton(sp => new HistorianWriter(
            sp.GetRequiredService<IHistoryStore>(),
            sp.GetRequiredService<HistorianOptions>(),
            SpillDirectory(sp.GetRequiredService<HistorianOptions>(), contentRoot),
            sp.GetRequiredService<HistorianMetrics>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<HistorianWriter>>()));
        services.AddSingleton<IPointSampleSink>(sp => sp.GetRequiredService<HistorianWriter>());
        services.AddHostedService(sp => sp.GetRequiredService<HistorianWriter>());
        services.AddSingleton<HistorianMaintenance>();
        services.AddHostedService(sp => sp.GetRequiredService<HistorianMaintenance>());
        services.AddSingleton<HistorianMaintenanceJob>();
        services.AddUpkeepJob<HistorianMaintenanceJob>(HistorianMaintenanceJob.Id, j => j.RunAsync(CancellationToken.None), sp => sp.GetRequiredService<HistorianOptions>().MaintenanceInterval);
        services.AddSingleton<HistoryReader>();
        services.AddSingleton<HistorianReadinessCheck>();
        return services;
    }

    public static string SpillDirectory(HistorianOptions options, string contentRoot) =>
        Path.IsPathRooted(options.SpillDirectory) ? options.SpillDirectory : Path.Combine(contentRoot, options.SpillDirectory);

    private static IHistoryStore CreateStore(IServiceProvider services, string contentRoot)
    {
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        return database.ProviderKind switch
        {
            DatabaseProvider.PostgreSql => new PostgresHistoryStore(services.GetRequiredService<HistorianDataSource>().DataSource),
            _ => new SqliteHistoryStore(PersistenceServiceCollectionExtensions.SqliteConnectionString(database, contentRoot)),
        };
    }
}
