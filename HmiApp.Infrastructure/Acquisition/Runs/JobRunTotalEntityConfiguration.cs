using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Acquisition.Runs;

public sealed class JobRunTotalEntityConfiguration : IEntityTypeConfiguration<JobRunTotalEntity>
{
    public void Configure(EntityTypeBuilder<JobRunTotalEntity> e)
    {
        e.ToTable("job_run_totals");
        e.HasKey(x => x.JobKey);
        e.Property(x => x.JobKey).HasColumnName("job_key").HasMaxLength(300);
        e.Property(x => x.Succeeded).HasColumnName("succeeded");
        e.Property(x => x.Failed).HasColumnName("failed");
        e.Property(x => x.LastRunAt).HasColumnName("last_run_at_unix_ms")
            .HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
    }
}
