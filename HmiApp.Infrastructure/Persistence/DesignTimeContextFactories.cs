using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HmiApp.Infrastructure.Persistence;

// dotnet-ef builds the contexts through these instead of starting the app: adding a migration needs the model,
// not a database, so the connection strings below are never opened by `migrations add`.

/// <summary><c>dotnet ef migrations add Name --context SqliteHmiDbContext --output-dir Persistence/Migrations/Sqlite</c>.</summary>
public sealed class SqliteDesignTimeContextFactory : IDesignTimeDbContextFactory<SqliteHmiDbContext>
{
    public SqliteHmiDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteHmiDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary><c>dotnet ef migrations add Name --context PostgresHmiDbContext --output-dir Persistence/Migrations/Postgres</c>.</summary>
public sealed class PostgresDesignTimeContextFactory : IDesignTimeDbContextFactory<PostgresHmiDbContext>
{
    public PostgresHmiDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresHmiDbContext>().UseNpgsql("Host=localhost;Database=hmi_design_time").Options);
}
