using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Acquisition.Scanning;

public sealed class ScanPauseEntityConfiguration : IEntityTypeConfiguration<ScanPauseEntity>
{
    public void Configure(EntityTypeBuilder<ScanPauseEntity> e)
    {
        e.ToTable("scan_pauses");
        e.HasKey(x => x.JobKey);
        e.Property(x => x.JobKey).HasColumnName("job_key").HasMaxLength(300);
        e.Property(x => x.PausedAt).HasColumnName("paused_at_unix_ms")
            .HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        e.Property(x => x.PausedBy).HasColumnName("paused_by").HasMaxLength(200);
    }
}
