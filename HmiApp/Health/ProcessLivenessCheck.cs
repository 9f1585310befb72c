using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HmiApp.Health;

/// <summary>Answers as long as the process can run a request; reports uptime so restarts are visible.</summary>
public sealed class ProcessLivenessCheck(TimeProvider clock) : IHealthCheck
{
    private readonly DateTimeOffset startedAt = clock.GetUtcNow();

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var uptime = clock.GetUtcNow() - startedAt;
        return Task.FromResult(HealthCheckResult.Healthy("Process is running.", new Dictionary<string, object>
        {
            ["startedAt"] = startedAt,
            ["uptimeSeconds"] = Math.Round(uptime.TotalSeconds),
        }));
    }
}
