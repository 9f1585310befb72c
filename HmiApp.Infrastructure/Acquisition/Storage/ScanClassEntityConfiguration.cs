using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Acquisition.Storage;

public sealed class ScanClassEntityConfiguration : IEntityTypeConfiguration<ScanClassEntity>
{
    public void Configure(EntityTypeBuilder<ScanClassEntity> e)
    {
        e.ToTable("scan_classes");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasColumnName("id");
        e.Property(x => x.Name).HasColumnName("name").HasMaxLength(100);
        e.Property(x => x.PeriodMs).HasColumnName("period_ms");
        e.Property(x => x.JitterMs).HasColumnName("jitter_ms");
        e.HasIndex(x => x.Name).IsUnique();
    }
}
