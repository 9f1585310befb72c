using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Acquisition.Storage;

public sealed class DeviceEntityConfiguration : IEntityTypeConfiguration<DeviceEntity>
{
    public void Configure(EntityTypeBuilder<DeviceEntity> e)
    {
        e.ToTable("devices");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasColumnName("id");
        e.Property(x => x.Name).HasColumnName("name").HasMaxLength(100);
        e.Property(x => x.Host).HasColumnName("host").HasMaxLength(255);
        e.Property(x => x.Port).HasColumnName("port");
        e.Property(x => x.UnitId).HasColumnName("unit_id");
        e.Property(x => x.ScanClass).HasColumnName("scan_class").HasMaxLength(100);
        e.Property(x => x.Enabled).HasColumnName("enabled");
        e.Property(x => x.Mode).HasColumnName("mode").HasMaxLength(20);
        e.Property(x => x.ConnectTimeoutMs).HasColumnName("connect_timeout_ms");
        e.Property(x => x.RequestTimeoutMs).HasColumnName("request_timeout_ms");
        e.Property(x => x.PauseBetweenRequestsMs).HasColumnName("pause_between_requests_ms");
        e.Property(x => x.PauseAfterConnectMs).HasColumnName("pause_after_connect_ms");
        e.Property(x => x.MaxReadRegisters).HasColumnName("max_read_registers");
        e.Property(x => x.MaxReadBits).HasColumnName("max_read_bits");
        e.Property(x => x.TransactionIdZero).HasColumnName("transaction_id_zero");
        e.Property(x => x.Protocol).HasColumnName("protocol").HasMaxLength(10).HasDefaultValue("Modbus");
        e.Property(x => x.Tls).HasColumnName("tls").HasDefaultValue(false);
        e.Property(x => x.Username).HasColumnName("username").HasMaxLength(100).HasDefaultValue("");
        e.Property(x => x.PasswordVariable).HasColumnName("password_variable").HasMaxLength(100).HasDefaultValue("");
        e.HasIndex(x => x.Name).IsUnique();
    }
}
