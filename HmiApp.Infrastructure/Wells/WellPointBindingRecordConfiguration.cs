using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Wells;

internal sealed class WellPointBindingRecordConfiguration : IEntityTypeConfiguration<WellPointBindingRecord>
{
    public void Configure(EntityTypeBuilder<WellPointBindingRecord> builder)
    {
        builder.ToTable("well_point_bindings");
        builder.HasKey(b => new { b.WellId, b.Field });
        builder.Property(b => b.WellId).HasColumnName("well_id").HasMaxLength(64);
        builder.Property(b => b.Field).HasColumnName("field").HasMaxLength(64);
        builder.Property(b => b.Device).HasColumnName("device").HasMaxLength(200);
        builder.Property(b => b.Point).HasColumnName("point").HasMaxLength(200);
    }
}
