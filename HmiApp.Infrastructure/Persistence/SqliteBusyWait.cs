using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HmiApp.Infrastructure.Persistence;

/// <summary>
/// Makes every connection to the app's SQLite file wait for another writer in SQLite's own busy handler, which
/// retries within milliseconds. Without it Microsoft.Data.Sqlite retries a busy database by sleeping 150 ms per
/// try, and one file has several writers at once (job store, historian, run history, alarm journal): each meeting
/// cost the loser at least 150 ms, which showed as late poll starts and slow saves.
/// </summary>
public sealed class SqliteBusyWait : DbConnectionInterceptor
{
    /// <summary>How long a statement waits for the write lock before SQLite reports the database busy.</summary>
    public const int TimeoutMilliseconds = 10_000;

    public const string Pragma = "PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await ApplyAsync(connection, cancellationToken);

    public static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public static async Task ApplyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
