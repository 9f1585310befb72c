using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Diagnostics;

internal sealed class DiagnosisRecordConfiguration : IEntityTypeConfiguration<DiagnosisRecord>
{
    public void Configure(EntityTypeBuilder<DiagnosisRecord> builder)
    {
        builder.ToTable("diagnosis_history");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id");
        builder.Property(d => d.WellId).HasColumnName("well_id").HasMaxLength(64);
        builder.Property(d => d.EvaluatedAtMs).HasColumnName("evaluated_at_ms");
        builder.Property(d => d.WindowStartMs).HasColumnName("window_start_ms");
        builder.Property(d => d.WindowEndMs).HasColumnName("window_end_ms");
        builder.Property(d => d.TreeId).HasColumnName("tree_id").HasMaxLength(100);
        builder.Property(d => d.TreeVersion).HasColumnName("tree_version");
        builder.Property(d => d.Code).HasColumnName("code").HasMaxLength(100);
        builder.Property(d => d.Title).HasColumnName("title").HasMaxLength(200);
        builder.Property(d => d.Severity).HasColumnName("severity").HasMaxLength(20);
        builder.Property(d => d.Confidence).HasColumnName("confidence");
        builder.Property(d => d.ActionsJson).HasColumnName("actions_json");

        // Rows written before alternatives existed read as "none".
        builder.Property(d => d.AlternativesJson).HasColumnName("alternatives_json").HasDefaultValue("[]");
        builder.Property(d => d.ResolutionSeconds).HasColumnName("resolution_seconds");
        builder.Property(d => d.ExplanationJson).HasColumnName("explanation_json");
        builder.Property(d => d.Source).HasColumnName("source").HasMaxLength(20);
        builder.Property(d => d.IsChange).HasColumnName("is_change");
        builder.HasIndex(d => new { d.WellId, d.EvaluatedAtMs }).HasDatabaseName("ix_diagnosis_history_well_time");
    }
}
