using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Alarms;

internal sealed class AlarmJournalRowConfiguration : IEntityTypeConfiguration<AlarmJournalRow>
{
    public const int KeyLength = 300;
    public const int EnumLength = 32;
    public const int MessageLength = 500;
    public const int NameLength = 200;
    public const int CommentLength = 1000;
    public const int TagLength = 100;

    public void Configure(EntityTypeBuilder<AlarmJournalRow> builder)
    {
        builder.ToTable("alarm_journal");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id");
        builder.Property(r => r.TimeMs).HasColumnName("time_ms");
        builder.Property(r => r.AlarmKey).HasColumnName("alarm_key").HasMaxLength(KeyLength);
        builder.Property(r => r.Class).HasColumnName("alarm_class").HasConversion<string>().HasMaxLength(EnumLength);
        builder.Property(r => r.Priority).HasColumnName("priority");
        builder.Property(r => r.Event).HasColumnName("event").HasConversion<string>().HasMaxLength(EnumLength);
        builder.Property(r => r.FromState).HasColumnName("from_state").HasConversion<string>().HasMaxLength(EnumLength);
        builder.Property(r => r.ToState).HasColumnName("to_state").HasConversion<string>().HasMaxLength(EnumLength);
        builder.Property(r => r.ConditionActive).HasColumnName("condition_active");
        builder.Property(r => r.Message).HasColumnName("message").HasMaxLength(MessageLength);
        builder.Property(r => r.Value).HasColumnName("value");
        builder.Property(r => r.UserName).HasColumnName("user_name").HasMaxLength(NameLength);
        builder.Property(r => r.Comment).HasColumnName("comment").HasMaxLength(CommentLength);
        builder.Property(r => r.ShelvedUntilMs).HasColumnName("shelved_until_ms");
        builder.Property(r => r.Area).HasColumnName("area").HasMaxLength(TagLength);
        builder.Property(r => r.Device).HasColumnName("device").HasMaxLength(TagLength);
        builder.Property(r => r.Well).HasColumnName("well").HasMaxLength(TagLength);
        builder.Property(r => r.Zone).HasColumnName("zone").HasMaxLength(TagLength);
        builder.HasIndex(r => r.TimeMs).HasDatabaseName("IX_alarm_journal_time_ms");
        builder.HasIndex(r => new { r.AlarmKey, r.Id }).HasDatabaseName("IX_alarm_journal_alarm_key_id");
    }
}
