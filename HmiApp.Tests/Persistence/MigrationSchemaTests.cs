using HmiApp.Infrastructure.Persistence;
using HmiApp.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HmiApp.Tests.Persistence;

/// <summary>
/// Migrations are written by hand (EF's design package is not reachable), so nothing but this test
/// stops a model change that has no migration: it builds one empty database from the migrations and
/// one from the model, and requires the two schemas to be equal.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class SqliteMigrationSchemaTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("hmi-schema-").FullName;

    [Fact]
    public async Task Migrations_applied_to_an_empty_database_give_the_schema_the_model_expects()
    {
        var migrated = $"Data Source={Path.Combine(directory, "migrated.db")};Pooling=False";
        var modelBuilt = $"Data Source={Path.Combine(directory, "model.db")};Pooling=False";

        await using (var db = Create(migrated))
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        await using (var db = Create(modelBuilt))
        {
            await db.Database.EnsureCreatedAsync();
        }

        var expected = await SchemaSnapshot.ReadSqliteAsync(modelBuilt);
        var actual = await SchemaSnapshot.ReadSqliteAsync(migrated);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    private static SqliteHmiDbContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<SqliteHmiDbContext>()
            .UseSqlite(connectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);

    public void Dispose() => Directory.Delete(directory, recursive: true);
}

[Trait(TestCategory.Key, TestCategory.PostgreSql)]
[Collection(PostgresCollection.Name)]
public sealed class PostgresMigrationSchemaTests(PostgresServer postgres)
{
    [Fact]
    public async Task Migrations_applied_to_an_empty_database_give_the_schema_the_model_expects()
    {
        var migrated = await postgres.CreateDatabaseAsync("migrated");
        var modelBuilt = await postgres.CreateDatabaseAsync("model");

        await using (var db = Create(migrated))
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        await using (var db = Create(modelBuilt))
        {
            await db.Database.EnsureCreatedAsync();
        }

        var expected = await SchemaSnapshot.ReadPostgresAsync(modelBuilt);
        var actual = await SchemaSnapshot.ReadPostgresAsync(migrated);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    private static PostgresHmiDbContext Create(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresHmiDbContext>()
            .UseNpgsql(connectionString)
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options);
}
