using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Heating;

internal sealed class HeatingRegisterRecordConfiguration : IEntityTypeConfiguration<HeatingRegisterRecord>
{
    public void Configure(EntityTypeBuilder<HeatingRegisterRecord> builder)
    {
        builder.ToTable("heating_registers");
        builder.HasKey(r => r.Address);
        builder.Property(r => r.Address).HasColumnName("address").ValueGeneratedNever();
        builder.Property(r => r.Value).HasColumnName("value");
        builder.Property(r => r.BusWrittenUnixMs).HasColumnName("bus_written_unix_ms");
        builder.Property(r => r.HmiWrittenUnixMs).HasColumnName("hmi_written_unix_ms");
    }
}
