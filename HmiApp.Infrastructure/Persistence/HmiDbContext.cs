using HmiApp.Infrastructure.Access;
using HmiApp.Infrastructure.Acquisition.Runs;
using HmiApp.Infrastructure.Acquisition.Storage;
using HmiApp.Infrastructure.Alarms;
using HmiApp.Infrastructure.Audit;
using HmiApp.Infrastructure.DataProtection;
using HmiApp.Infrastructure.Diagnostics;
using HmiApp.Infrastructure.Heating;
using HmiApp.Infrastructure.Wells;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HmiApp.Infrastructure.Persistence;

/// <summary>
/// The app's store. It is abstract because each provider has a context type of its own
/// (<see cref="SqliteHmiDbContext"/>, <see cref="PostgresHmiDbContext"/>): EF finds migrations by
/// context type, and the hand-written migrations differ per provider. It is an Identity context so that
/// sign-in (users, roles) lives in the same store.
/// </summary>
public abstract class HmiDbContext(DbContextOptions options) : IdentityDbContext<HmiUser, IdentityRole, string>(options)
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<HeatingRegisterRecord> HeatingRegisters => Set<HeatingRegisterRecord>();

    public DbSet<ScanClassEntity> ScanClasses => Set<ScanClassEntity>();

    public DbSet<DeviceEntity> Devices => Set<DeviceEntity>();

    public DbSet<PointEntity> Points => Set<PointEntity>();

    public DbSet<PointMapChangeEntity> PointMapChanges => Set<PointMapChangeEntity>();

    public DbSet<JobRunEntity> JobRuns => Set<JobRunEntity>();

    public DbSet<JobRunTotalEntity> JobRunTotals => Set<JobRunTotalEntity>();

    public DbSet<HmiApp.Infrastructure.Acquisition.Scanning.ScanPauseEntity> ScanPauses => Set<HmiApp.Infrastructure.Acquisition.Scanning.ScanPauseEntity>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditEntryRow> AuditEntries => Set<AuditEntryRow>();

    public DbSet<AlarmJournalRow> AlarmJournal => Set<AlarmJournalRow>();

    public DbSet<AlarmDefinitionVersion> AlarmDefinitionVersions => Set<AlarmDefinitionVersion>();

    public DbSet<WellRecord> Wells => Set<WellRecord>();

    public DbSet<WellTelemetryRecord> WellTelemetry => Set<WellTelemetryRecord>();

    public DbSet<DiagnosisRecord> DiagnosisHistory => Set<DiagnosisRecord>();

    public DbSet<DiagnosticTreeRecord> DiagnosticTrees => Set<DiagnosticTreeRecord>();

    public DbSet<WellPointBindingRecord> WellPointBindings => Set<WellPointBindingRecord>();

    public DbSet<WellFrequencyLimitsRecord> WellFrequencyLimits => Set<WellFrequencyLimitsRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HmiDbContext).Assembly);
    }
}
