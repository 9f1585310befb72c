using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Acquisition.Runs;

public sealed class JobRunEntityConfiguration : IEntityTypeConfiguration<JobRunEntity>
{
    public void Configure(EntityTypeBuilder<JobRunEntity> e)
    {
        e.ToTable("job_runs");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasColumnName("id");
        e.Property(x => x.JobKey).HasColumnName("job_key").HasMaxLength(300);
        e.Property(x => x.Device).HasColumnName("device").HasMaxLength(100);
        e.Property(x => x.ScanClass).HasColumnName("scan_class").HasMaxLength(100);
        // Milliseconds since 1970 UTC: SQLite cannot compare DateTimeOffset, and pruning by age compares.
        e.Property(x => x.ScheduledAt).HasColumnName("scheduled_at_unix_ms")
            .HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        e.Property(x => x.StartedAt).HasColumnName("started_at_unix_ms")
            .HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        e.Property(x => x.DurationMs).HasColumnName("duration_ms");
        e.Property(x => x.Succeeded).HasColumnName("succeeded");
        e.Property(x => x.Error).HasColumnName("error").HasMaxLength(1000);
        e.HasIndex(x => new { x.JobKey, x.Id });
        e.HasIndex(x => x.StartedAt);
    }
}
