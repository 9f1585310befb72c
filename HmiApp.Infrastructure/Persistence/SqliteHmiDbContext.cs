using Microsoft.EntityFrameworkCore;

namespace HmiApp.Infrastructure.Persistence;

/// <summary>The embedded store; its migrations are under Migrations/Sqlite.</summary>
public sealed class SqliteHmiDbContext(DbContextOptions<SqliteHmiDbContext> options) : HmiDbContext(options);
