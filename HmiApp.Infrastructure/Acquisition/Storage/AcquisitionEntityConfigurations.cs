using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Acquisition.Storage;

public sealed class ScanClassEntityConfiguration : IEntityTypeConfiguration<ScanClassEntity>
{
    public void Configure(EntityTypeBuilder<ScanClassEntity> e)
    {
        e.ToTable("scan_classes");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasColumnName("id");
        e.Property(x => x.Name).HasColumnName("name").HasMaxLength(100);
        e.Property(x => x.PeriodMs).HasColumnName("period_ms");
        e.Property(x => x.JitterMs).HasColumnName("jitter_ms");
        e.HasIndex(x => x.Name).IsUnique();
    }
}

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
        e.HasIndex(x => x.Name).IsUnique();
    }
}

public sealed class PointEntityConfiguration : IEntityTypeConfiguration<PointEntity>
{
    public void Configure(EntityTypeBuilder<PointEntity> e)
    {
        e.ToTable("points");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasColumnName("id");
        e.Property(x => x.Device).HasColumnName("device").HasMaxLength(100);
        e.Property(x => x.Name).HasColumnName("name").HasMaxLength(100);
        e.Property(x => x.Description).HasColumnName("description").HasMaxLength(500);
        e.Property(x => x.Table).HasColumnName("modbus_table").HasMaxLength(20);
        e.Property(x => x.Address).HasColumnName("address");
        e.Property(x => x.DataType).HasColumnName("data_type").HasMaxLength(20);
        e.Property(x => x.ByteOrder).HasColumnName("byte_order").HasMaxLength(4);
        e.Property(x => x.Length).HasColumnName("length");
        e.Property(x => x.Bit).HasColumnName("bit");
        e.Property(x => x.Scale).HasColumnName("scale");
        e.Property(x => x.Offset).HasColumnName("value_offset");
        e.Property(x => x.Units).HasColumnName("units").HasMaxLength(20);
        e.Property(x => x.RangeLow).HasColumnName("range_low");
        e.Property(x => x.RangeHigh).HasColumnName("range_high");
        e.Property(x => x.Deadband).HasColumnName("deadband");
        e.Property(x => x.Writable).HasColumnName("writable");
        e.Property(x => x.WriteMin).HasColumnName("write_min");
        e.Property(x => x.WriteMax).HasColumnName("write_max");
        e.Property(x => x.ScanClass).HasColumnName("scan_class").HasMaxLength(100);
        e.Property(x => x.Tags).HasColumnName("tags").HasMaxLength(1000);
        e.HasIndex(x => new { x.Device, x.Name }).IsUnique();
    }
}

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
