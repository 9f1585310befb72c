using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HmiApp.Metrics;

public static class MetricsEndpoints
{
    public static IServiceCollection AddHmiMetrics(this IServiceCollection services)
    {
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
        endpoints.MapGet("/metrics", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Text(exporter.Scrape(), PrometheusExporter.ContentType);
        })
        .ExcludeFromDescription()
        // Prometheus scrapes without credentials on the plant network; the text holds counts and timings, no process values.
        .AllowAnonymous();
        return endpoints;
    }
}
