using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

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

    /// <summary><c>GET /metrics</c> in the Prometheus text format 0.0.4; excluded from the OpenAPI document (it is not JSON).</summary>
    public static IEndpointRouteBuilder MapHmiMetrics(this IEndpointRouteBuilder endpoints)
    {
        // Resolved now: the listener must exist before instruments record, and the circuit gauge reads 0 before the first circuit.
        var exporter = endpoints.ServiceProvider.GetRequiredService<PrometheusExporter>();
        endpoints.ServiceProvider.GetRequiredService<CircuitMetrics>();
        var access = endpoints.ServiceProvider.GetRequiredService<MetricsScrapeAccess>();
        endpoints.MapGet("/metrics", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return access.Refusal(context) ?? Results.Text(exporter.Scrape(), PrometheusExporter.ContentType);
        })
        .ExcludeFromDescription()
        // Prometheus cannot sign in: the scrape is admitted by its address or its bearer token (MetricsScrapeAccess).
        .AllowAnonymous();
        return endpoints;
    }
}
