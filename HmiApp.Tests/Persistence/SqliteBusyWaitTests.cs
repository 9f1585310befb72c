using HmiApp.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace HmiApp.Tests.Persistence;

/// <summary>The app's SQLite connections wait for another writer in SQLite's busy handler, not the driver's 150 ms retry.</summary>
public sealed class SqliteBusyWaitTests
{
    [Fact]
    public async Task Connections_of_the_app_context_wait_for_a_busy_database_in_sqlite()
    {
        var directory = Directory.CreateTempSubdirectory("hmi-busy-");
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["Database:ConnectionString"] = $"Data Source={Path.Combine(directory.FullName, "hmi.db")}",
            }).Build();
            var services = new ServiceCollection().AddLogging().AddHmiPersistence(configuration, directory.FullName).BuildServiceProvider();
            await using (services)
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
                await db.Database.OpenConnectionAsync();
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA busy_timeout;";

                Assert.Equal((long)SqliteBusyWait.TimeoutMilliseconds, (long)(await command.ExecuteScalarAsync())!);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
