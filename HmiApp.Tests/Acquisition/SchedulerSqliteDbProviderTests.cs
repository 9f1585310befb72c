using HmiApp.Infrastructure.Acquisition.Polling;
using Microsoft.Data.Sqlite;

namespace HmiApp.Tests.Acquisition;

public sealed class SchedulerSqliteDbProviderTests
{
    [Fact]
    public async Task Job_store_connections_commit_without_an_fsync_each_and_other_connections_keep_the_default()
    {
        var directory = Directory.CreateTempSubdirectory("hmi-quartz-sqlite-");
        var connectionString = $"Data Source={Path.Combine(directory.FullName, "store.db")}";
        try
        {
            var provider = new SchedulerSqliteDbProvider(connectionString);
            await using (var store = provider.CreateConnection())
            {
                await store.OpenAsync();
                Assert.Equal(1L, await SynchronousAsync(store)); // NORMAL
            }

            await using var other = new SqliteConnection(connectionString);
            await other.OpenAsync();
            Assert.Equal(2L, await SynchronousAsync(other)); // FULL, SQLite's default
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    private static async Task<long> SynchronousAsync(System.Data.Common.DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
