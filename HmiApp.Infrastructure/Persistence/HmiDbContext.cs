using HmiApp.Infrastructure.Acquisition.Storage;
using HmiApp.Infrastructure.DataProtection;
using HmiApp.Infrastructure.Heating;
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

    public DbSet<HeatingRegisterRecord> HeatingRegisters => Set<HeatingRegisterRecord>();
    public DbSet<ScanClassEntity> ScanClasses => Set<ScanClassEntity>();

    public DbSet<DeviceEntity> Devices => Set<DeviceEntity>();

    public DbSet<PointEntity> Points => Set<PointEntity>();

    public DbSet<PointMapChangeEntity> PointMapChanges => Set<PointMapChangeEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HmiDbContext).Assembly);
    }
}
