using System.Net;
using HmiApp.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HmiApp.Tests.Persistence;

/// <summary>
/// A database as the release before the generated migrations left it (its schema script was produced by
/// <c>dotnet ef migrations script</c> on that commit, with a row of plant data added) starts the app: the
/// history is taken over without touching a table, nothing is pending, and the data is still there.
/// The scripts are kept verbatim and gzipped: they hold that release's scheduler tables, which the migrations
/// must drop, under the names of the scheduler the product no longer uses.
/// </summary>
public static class ExistingDatabase
{
    public const int Address = 201;
    public const int Value = 215;

    public static string Script(string provider) =>
        Unzipped(Path.Combine(AppContext.BaseDirectory, "Persistence", "Fixtures", $"main-afaff05.{provider}.sql.gz"))
        + $"""

          INSERT INTO heating_registers (address, value, bus_written_unix_ms, hmi_written_unix_ms) VALUES ({Address}, {Value}, NULL, NULL);
          """;

    private static string Unzipped(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    public static async Task AssertTakenOverAsync(HmiAppFactory app)
    {
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/readyz")).StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(Value, (await db.HeatingRegisters.SingleAsync(r => r.Address == Address)).Value);
    }
}

[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class SqliteExistingDatabaseStartTests
{
    [Fact]
    public async Task A_database_of_the_last_release_starts_with_its_data_and_a_generated_history()
    {
        await using var app = new HmiAppFactory();
        await using (var connection = new SqliteConnection($"Data Source={app.DatabaseFile};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = ExistingDatabase.Script("sqlite");
            await command.ExecuteNonQueryAsync();
        }

        await ExistingDatabase.AssertTakenOverAsync(app);
    }
}

[Trait(TestCategory.Key, TestCategory.PostgreSql)]
[Collection(PostgresCollection.Name)]
public sealed class PostgresExistingDatabaseStartTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_database_of_the_last_release_starts_with_its_data_and_a_generated_history()
    {
        var connectionString = await postgres.CreateDatabaseAsync("existing");
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(ExistingDatabase.Script("postgres"), connection);
            await command.ExecuteNonQueryAsync();
        }

        await using var app = new HmiAppFactory().With("Database:Provider", "PostgreSql").With("Database:ConnectionString", connectionString);

        await ExistingDatabase.AssertTakenOverAsync(app);
    }
}
