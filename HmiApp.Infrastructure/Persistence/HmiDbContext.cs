using HmiApp.Infrastructure.Alarms;
using HmiApp.Infrastructure.DataProtection;
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

    public DbSet<AlarmJournalRow> AlarmJournal => Set<AlarmJournalRow>();

    public DbSet<AlarmDefinitionVersion> AlarmDefinitionVersions => Set<AlarmDefinitionVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HmiDbContext).Assembly);
    }
}
