using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Prometheus;

namespace HmiApp.Metrics;

public static class MetricsEndpoints
{
    public static IServiceCollection AddHmiMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetricsScrapeOptions>().Bind(configuration.GetSection(MetricsScrapeOptions.SectionName))
            .Validate(o => o.AllowedAddresses.All(a => System.Net.IPNetwork.TryParse(a, out _)), "Metrics:AllowedAddresses must be networks in CIDR form, e.g. 10.0.5.0/24 for the Prometheus host's subnet")
            .Validate(o => string.IsNullOrEmpty(o.ScrapeToken) || o.ScrapeToken.Length >= MetricsScrapeOptions.MinimumTokenLength,
                $"Metrics:ScrapeToken must be at least {MetricsScrapeOptions.MinimumTokenLength} characters (e.g. from 'openssl rand -hex 24'), or empty for none")
            .ValidateOnStart();
        services.AddSingleton<MetricsScrapeAccess>();
        services.AddMetrics();
        services.AddSingleton<PrometheusExporter>();
        services.AddSingleton<CircuitMetrics>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, ConnectedCircuitsHandler>());
        return services;
    }

    /// <summary>
    /// <c>GET /metrics</c> by prometheus-net's own endpoint (the text format 0.0.4, or OpenMetrics when the scraper
    /// asks for it), from this host's registry, behind the scrape access check.
    /// </summary>
    public static IEndpointRouteBuilder MapHmiMetrics(this IEndpointRouteBuilder endpoints)
    {
        // Resolved now: the listener must exist before instruments record, and the circuit gauge reads 0 before the first circuit.
        var exporter = endpoints.ServiceProvider.GetRequiredService<PrometheusExporter>();
        endpoints.ServiceProvider.GetRequiredService<CircuitMetrics>();
        var access = endpoints.ServiceProvider.GetRequiredService<MetricsScrapeAccess>();
        var metrics = endpoints.MapMetrics(settings => settings.Registry = exporter.Registry);
        metrics.Add(endpoint =>
        {
            var scrape = endpoint.RequestDelegate!;
            endpoint.RequestDelegate = async context =>
            {
                context.Response.Headers.CacheControl = "no-store";
                if (access.Refusal(context) is { } refusal)
                {
                    await refusal.ExecuteAsync(context);
                    return;
                }

                await scrape(context);
            };
        });

        // Prometheus cannot sign in: the scrape is admitted by its address or its bearer token (MetricsScrapeAccess).
        metrics.AllowAnonymous();
        return endpoints;
    }
}
