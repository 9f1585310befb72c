using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Historian;

/// <summary>No foreign key to points, for the same reason as <see cref="StoredSampleConfiguration"/>.</summary>
public sealed class StoredRollupConfiguration : IEntityTypeConfiguration<StoredRollup>
{
    public void Configure(EntityTypeBuilder<StoredRollup> builder)
    {
        builder.ToTable(HistorianSchema.Rollups, HistorianSchema.Name);
        builder.HasKey(r => new { r.PointId, r.Resolution, r.BucketStart });
        builder.Property(r => r.PointId).HasColumnName("point_id");
        builder.Property(r => r.Resolution).HasColumnName("resolution");
        builder.Property(r => r.BucketStart).HasColumnName("bucket_start");
        builder.Property(r => r.Min).HasColumnName("min");
        builder.Property(r => r.MinTime).HasColumnName("min_time");
        builder.Property(r => r.Max).HasColumnName("max");
        builder.Property(r => r.MaxTime).HasColumnName("max_time");
        builder.Property(r => r.Sum).HasColumnName("sum");
        builder.Property(r => r.Count).HasColumnName("count");
        builder.Property(r => r.Last).HasColumnName("last");
        builder.Property(r => r.LastTime).HasColumnName("last_time");
    }
}
