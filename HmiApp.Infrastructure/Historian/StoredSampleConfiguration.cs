using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// No foreign key to the points table: history outlives edits of the point map (a point deleted or
/// renumbered keeps its past), and acquisition owns that table. The schema <c>historian</c> applies to
/// PostgreSQL only (SQLite has none); there the table is partitioned by day, which EF cannot describe,
/// so the PostgreSQL migration creates it by hand.
/// </summary>
public sealed class StoredSampleConfiguration : IEntityTypeConfiguration<StoredSample>
{
    public void Configure(EntityTypeBuilder<StoredSample> builder)
    {
        builder.ToTable(HistorianSchema.Samples, HistorianSchema.Name);
        builder.HasKey(s => new { s.PointId, s.Time });
        builder.Property(s => s.PointId).HasColumnName("point_id");
        builder.Property(s => s.Time).HasColumnName("time");
        builder.Property(s => s.Value).HasColumnName("value");
        builder.Property(s => s.Quality).HasColumnName("quality");
    }
}
