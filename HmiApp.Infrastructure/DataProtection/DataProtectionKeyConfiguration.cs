using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.DataProtection;

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("data_protection_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).HasColumnName("id");
        builder.Property(k => k.FriendlyName).HasColumnName("friendly_name").HasMaxLength(200);
        builder.Property(k => k.Xml).HasColumnName("xml");
        builder.HasIndex(k => k.FriendlyName).IsUnique();
    }
}
