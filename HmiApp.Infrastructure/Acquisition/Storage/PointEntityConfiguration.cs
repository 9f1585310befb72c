using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Acquisition.Storage;

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
        e.Property(x => x.Topic).HasColumnName("mqtt_topic").HasMaxLength(500);
        e.Property(x => x.ValuePath).HasColumnName("mqtt_value_path").HasMaxLength(200);
        e.Property(x => x.TimestampPath).HasColumnName("mqtt_timestamp_path").HasMaxLength(200);
        e.HasIndex(x => new { x.Device, x.Name }).IsUnique();
    }
}
