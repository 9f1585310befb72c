using Microsoft.EntityFrameworkCore;

namespace HmiApp.Infrastructure.Persistence;

/// <summary>The production store; its migrations are under Migrations/Postgres.</summary>
public sealed class PostgresHmiDbContext(DbContextOptions<PostgresHmiDbContext> options) : HmiDbContext(options);
