using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HmiApp.Infrastructure.Persistence;

/// <summary>Ready when the database answers and every migration of this build is applied.</summary>
public sealed class DatabaseReadinessCheck(HmiDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("Database not reachable.");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            var data = new Dictionary<string, object> { ["provider"] = db.Database.ProviderName ?? "unknown" };
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Reachable, schema current.", data)
                : HealthCheckResult.Unhealthy($"{pending.Count} migrations not applied: {string.Join(", ", pending)}", data: data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Database check failed: " + ex.Message);
        }
    }
}
