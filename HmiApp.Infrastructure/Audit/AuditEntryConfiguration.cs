using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntryRow>
{
    public void Configure(EntityTypeBuilder<AuditEntryRow> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id");
        // Milliseconds since 1970 UTC: SQLite cannot compare or sort DateTimeOffset, and one form serves both stores.
        builder.Property(e => e.At).HasColumnName("at_unix_ms")
            .HasConversion(v => v.ToUnixTimeMilliseconds(), v => DateTimeOffset.FromUnixTimeMilliseconds(v));
        builder.Property(e => e.Actor).HasColumnName("actor").HasMaxLength(256);
        builder.Property(e => e.RemoteAddress).HasColumnName("remote_address").HasMaxLength(64);
        builder.Property(e => e.Category).HasColumnName("category").HasMaxLength(64);
        builder.Property(e => e.Action).HasColumnName("action").HasMaxLength(64);
        builder.Property(e => e.Target).HasColumnName("target").HasMaxLength(256);
        builder.Property(e => e.OldValue).HasColumnName("old_value").HasMaxLength(1000);
        builder.Property(e => e.NewValue).HasColumnName("new_value").HasMaxLength(1000);
        builder.Property(e => e.Outcome).HasColumnName("outcome").HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Reason).HasColumnName("reason").HasMaxLength(1000);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.Category, e.At });
    }
}
