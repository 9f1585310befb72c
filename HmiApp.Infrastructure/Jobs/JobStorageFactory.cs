using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using HmiApp.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace HmiApp.Infrastructure.Jobs;

/// <summary>
/// Hangfire's storage for the app's database: on PostgreSQL its own schema <c>hangfire</c> in the same database
/// (one store for every node of a cluster); on the SQLite default a file of its own beside the app's database
/// (<c>hmi.jobs.db</c> beside <c>hmi.db</c>), so that Hangfire's locking never waits on the historian's writes.
/// Hangfire creates and upgrades its schema itself, as its docs do, outside the app's migrations.
/// </summary>
public static class JobStorageFactory
{
    public const string PostgresSchema = "hangfire";

    // A window job may start seconds late without harm (it only records); each worker polls the queue this often,
    // and on the SQLite storage every poll costs (docs/benchmarks.md, "Polling on the scan clock").
    private static readonly TimeSpan QueuePoll = TimeSpan.FromSeconds(5);

    public static JobStorage Create(DatabaseOptions database, string contentRoot)
    {
        if (database.ProviderKind == DatabaseProvider.PostgreSql)
        {
            var options = new PostgreSqlStorageOptions
            {
                SchemaName = PostgresSchema,
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = QueuePoll,
            };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ConnectionString!, options), options);
        }

        return new SQLiteStorage(SqliteFile(database, contentRoot), new SQLiteStorageOptions { QueuePollInterval = QueuePoll });
    }

    /// <summary>The Hangfire file beside the app's SQLite database.</summary>
    public static string SqliteFile(DatabaseOptions database, string contentRoot)
    {
        var app = new SqliteConnectionStringBuilder(PersistenceServiceCollectionExtensions.SqliteConnectionString(database, contentRoot)).DataSource;
        if (app == ":memory:")
        {
            return Path.Combine(Path.GetTempPath(), $"hmi-jobs-{Guid.NewGuid():N}.db");
        }

        return Path.Combine(Path.GetDirectoryName(app) ?? contentRoot, Path.GetFileNameWithoutExtension(app) + ".jobs.db");
    }
}
