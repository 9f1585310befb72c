using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HmiApp.Health;

/// <summary>
/// Answers as long as the process can run a request; reports uptime from the process's own start (as the operating
/// system recorded it, so neither the first probe nor the check's lifetime moves it), so restarts are visible.
/// </summary>
public sealed class ProcessLivenessCheck(TimeProvider clock) : IHealthCheck
{
    private static DateTimeOffset ProcessStartedAt()
    {
        using var process = Process.GetCurrentProcess();
        return new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero);
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var startedAt = ProcessStartedAt();
        var uptime = clock.GetUtcNow() - startedAt;
        return Task.FromResult(HealthCheckResult.Healthy("Process is running.", new Dictionary<string, object>
        {
            ["startedAt"] = startedAt,
            ["uptimeSeconds"] = Math.Round(uptime.TotalSeconds),
        }));
    }
}
