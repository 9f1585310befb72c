using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Acquisition.Storage;

public sealed class PointMapChangeEntityConfiguration : IEntityTypeConfiguration<PointMapChangeEntity>
{
    public void Configure(EntityTypeBuilder<PointMapChangeEntity> e)
    {
        e.ToTable("point_map_changes");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasColumnName("id");
        e.Property(x => x.AppliedAt).HasColumnName("applied_at");
        e.Property(x => x.AppliedBy).HasColumnName("applied_by").HasMaxLength(100);
        e.Property(x => x.Summary).HasColumnName("summary").HasMaxLength(500);
        e.Property(x => x.Details).HasColumnName("details");
        e.HasIndex(x => x.AppliedAt);
    }
}
