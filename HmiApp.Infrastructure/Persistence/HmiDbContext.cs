using HmiApp.Infrastructure.DataProtection;
using HmiApp.Infrastructure.Diagnostics;
using HmiApp.Infrastructure.Wells;
using Microsoft.EntityFrameworkCore;

namespace HmiApp.Infrastructure.Persistence;

/// <summary>
/// The app's store. It is abstract because each provider has a context type of its own
/// (<see cref="SqliteHmiDbContext"/>, <see cref="PostgresHmiDbContext"/>): EF finds migrations by
/// context type, and the hand-written migrations differ per provider.
/// </summary>
public abstract class HmiDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<WellRecord> Wells => Set<WellRecord>();

    public DbSet<WellTelemetryRecord> WellTelemetry => Set<WellTelemetryRecord>();

    public DbSet<DiagnosisRecord> DiagnosisHistory => Set<DiagnosisRecord>();

    public DbSet<DiagnosticTreeRecord> DiagnosticTrees => Set<DiagnosticTreeRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HmiDbContext).Assembly);
    }
}
