using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HmiApp.Infrastructure.Persistence;

/// <summary>Ready when the database answers, takes writes, and every migration of this build is applied.</summary>
public sealed class DatabaseReadinessCheck(HmiDbContext db) : IHealthCheck
{
    /// <summary>How long the SQLite write probe waits for another writer's lock before calling the database not writable.</summary>
    public const int WriteProbeTimeoutSeconds = 2;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("Database not reachable.");
            }

            if (db.Database.IsSqlite())
            {
                await ProbeSqliteWriteAsync(cancellationToken);
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            var data = new Dictionary<string, object> { ["provider"] = db.Database.ProviderName ?? "unknown" };
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Reachable, schema current.", data)
                : HealthCheckResult.Unhealthy($"{pending.Count} migrations not applied: {string.Join(", ", pending)}", data: data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Database not writable or not reachable: " + ex.Message);
        }
    }

    // In WAL mode readers go on while another process holds the write lock, so a query says nothing about whether
    // samples and audit entries can land: only taking the write lock (and giving it back at once) does.
    private async Task ProbeSqliteWriteAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandTimeout = WriteProbeTimeoutSeconds;
            command.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
