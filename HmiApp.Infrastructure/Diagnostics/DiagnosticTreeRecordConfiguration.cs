using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Diagnostics;

internal sealed class DiagnosticTreeRecordConfiguration : IEntityTypeConfiguration<DiagnosticTreeRecord>
{
    public void Configure(EntityTypeBuilder<DiagnosticTreeRecord> builder)
    {
        builder.ToTable("diagnostic_trees");
        builder.HasKey(t => new { t.TreeId, t.Version });
        builder.Property(t => t.TreeId).HasColumnName("tree_id").HasMaxLength(100);
        builder.Property(t => t.Version).HasColumnName("version");
        builder.Property(t => t.StoredAtMs).HasColumnName("stored_at_ms");
        builder.Property(t => t.Json).HasColumnName("json");
    }
}
