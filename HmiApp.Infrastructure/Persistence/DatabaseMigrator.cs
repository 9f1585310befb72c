using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Persistence;

/// <summary>
/// Applies the provider's hand-written migrations at start-up. A database that is not reachable yet
/// (PostgreSQL still starting beside the app) is retried until <paramref name="startupTimeout"/>;
/// after that start-up fails with the reason, rather than serving pages without a store.
/// </summary>
public sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(TimeSpan startupTimeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(startupTimeout);
        var delay = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
                var pending = (await db.Database.GetPendingMigrationsAsync(deadline.Token)).ToList();
                await db.Database.MigrateAsync(deadline.Token);
                if (db.Database.IsSqlite())
                {
                    // WAL lets the historian write while pages read; the mode is stored in the file itself.
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", deadline.Token);
                }

                LogMigrated(pending.Count, string.Join(", ", pending));
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && !deadline.IsCancellationRequested && IsTransient(ex))
            {
                LogRetry(attempt, delay.TotalMilliseconds, ex.Message);
                await Task.Delay(delay, deadline.Token);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5000));
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new InvalidOperationException(
                    $"The database was not reachable within {startupTimeout.TotalSeconds:0} s (Database:StartupTimeout). Check Database:ConnectionString and that the server is running.");
            }
        }
    }

    private static bool IsTransient(Exception ex) => ex is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or TimeoutException
        || ex.InnerException is Npgsql.NpgsqlException or System.Net.Sockets.SocketException;

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is current; applied {Count} migrations: {Migrations}")]
    private partial void LogMigrated(int count, string migrations);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database not reachable (attempt {Attempt}), retrying in {DelayMs} ms: {Reason}")]
    private partial void LogRetry(int attempt, double delayMs, string reason);
}
