using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Wells;

internal sealed class WellFrequencyLimitsRecordConfiguration : IEntityTypeConfiguration<WellFrequencyLimitsRecord>
{
    public void Configure(EntityTypeBuilder<WellFrequencyLimitsRecord> builder)
    {
        builder.ToTable("well_frequency_limits");
        builder.HasKey(l => l.WellId);
        builder.Property(l => l.WellId).HasColumnName("well_id").HasMaxLength(64);
        builder.Property(l => l.MinHz).HasColumnName("min_hz");
        builder.Property(l => l.MaxHz).HasColumnName("max_hz");
    }
}
