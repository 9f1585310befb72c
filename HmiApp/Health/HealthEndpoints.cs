using HmiApp.Infrastructure.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HmiApp.Health;

public static class HealthEndpoints
{
    public static IServiceCollection AddHmiHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<ProcessLivenessCheck>("process", tags: [HealthTags.Live])
            .AddCheck<DatabaseReadinessCheck>("database", tags: [HealthTags.Ready]);
        services.AddSingleton<ProcessLivenessCheck>();
        services.AddSingleton<SharedReadinessReport>();
        return services;
    }

    /// <summary><c>/healthz</c>: the process is alive. <c>/readyz</c>: it can serve the plant (503 when not).</summary>
    public static IEndpointRouteBuilder MapHmiHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(HealthTags.Live),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(HealthTags.Ready),
            ResponseWriter = HealthResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return endpoints;
    }
}
