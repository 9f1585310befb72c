using HmiApp.Domain.Diagnostics;
using HmiApp.Infrastructure.Wells;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Diagnostics;

public static class DiagnosticsServiceCollectionExtensions
{
    /// <summary>
    /// Wells, their telemetry (ingest, store, the feed from bound points) and their diagnoses (recurring evaluation,
    /// history, change events). Register after the simulated plant: the wells it simulates are seeded from it.
    /// </summary>
    public static IServiceCollection AddWellDiagnostics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiagnosticsOptions>().Bind(configuration.GetSection(DiagnosticsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiagnosticsOptions>, DiagnosticsOptionsValidator>();
        services.AddOptions<WellTelemetryOptions>().Bind(configuration.GetSection(WellTelemetryOptions.SectionName));

        services.AddSingleton<WellCatalog>();
        services.AddSingleton<WellStore>();
        services.AddSingleton<WellSettingsStore>();
        services.AddSingleton<WellTelemetryFreshness>();
        // Two windows are kept: enough for the current window and to tell a stale well from a live one.
        services.AddSingleton(sp => new WellTelemetryBuffer(sp.GetRequiredService<IOptions<DiagnosticsOptions>>().Value.WindowLength * 2));
        services.AddSingleton<WellTelemetryWriter>();
        services.AddSingleton<IWellTelemetryIngest, WellTelemetryIngest>();
        services.AddSingleton<WellTelemetryHistory>();

        services.AddSingleton(_ => new DiagnosticTreeRegistry(BuiltInDiagnosticTree.Create()));
        services.AddSingleton<DiagnosticTreeStore>();
        services.AddSingleton<WellAnalyzer>();
        services.AddSingleton<DiagnosisHistory>();
        services.AddSingleton<DiagnosisBoard>();
        services.AddSingleton<DiagnosisEvents>();
        services.AddSingleton<IDiagnosisEvents>(sp => sp.GetRequiredService<DiagnosisEvents>());
        services.AddSingleton<DiagnosisMonitor>();

        services.AddHostedService<WellStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<WellTelemetryWriter>());
        services.AddHostedService(sp => sp.GetRequiredService<DiagnosisMonitor>());
        services.AddSingleton<BoundWellTelemetryFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<BoundWellTelemetryFeed>());
        return services;
    }
}
