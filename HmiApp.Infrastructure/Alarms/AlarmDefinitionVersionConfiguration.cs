using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Alarms;

internal sealed class AlarmDefinitionVersionConfiguration : IEntityTypeConfiguration<AlarmDefinitionVersion>
{
    public void Configure(EntityTypeBuilder<AlarmDefinitionVersion> builder)
    {
        builder.ToTable("alarm_definition_versions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).HasColumnName("id");
        builder.Property(v => v.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(v => v.Version).HasColumnName("version");
        builder.Property(v => v.DefinitionJson).HasColumnName("definition_json");
        builder.Property(v => v.SavedBy).HasColumnName("saved_by").HasMaxLength(200);
        builder.Property(v => v.SavedAtMs).HasColumnName("saved_at_ms");
        builder.Property(v => v.ChangeNote).HasColumnName("change_note").HasMaxLength(500);
        builder.Property(v => v.IsCurrent).HasColumnName("is_current");
        builder.HasIndex(v => new { v.Name, v.Version }).IsUnique().HasDatabaseName("IX_alarm_definition_versions_name_version");
    }
}
