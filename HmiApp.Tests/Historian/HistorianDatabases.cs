using HmiApp.Infrastructure.Persistence;
using HmiApp.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace HmiApp.Tests.Historian;

/// <summary>Empty databases migrated the way the app migrates them at start-up.</summary>
public static class HistorianDatabases
{
    public static async Task<string> MigratedSqliteAsync(string directory)
    {
        var connectionString = $"Data Source={Path.Combine(directory, "hmi.db")}";
        await using var db = new SqliteHmiDbContext(new DbContextOptionsBuilder<SqliteHmiDbContext>()
            .UseSqlite(connectionString).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options);
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        return connectionString;
    }

    public static async Task<string> MigratedPostgresAsync(PostgresServer server, string prefix)
    {
        var connectionString = await server.CreateDatabaseAsync(prefix);
        await using var db = new PostgresHmiDbContext(new DbContextOptionsBuilder<PostgresHmiDbContext>()
            .UseNpgsql(connectionString).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options);
        await db.Database.MigrateAsync();
        return connectionString;
    }

    /// <summary>A pooled data source with a short connect timeout, so that an outage is noticed quickly.</summary>
    public static NpgsqlDataSource DataSource(string connectionString) =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = true, Timeout = 3, CommandTimeout = 10 }.ToString());
}
