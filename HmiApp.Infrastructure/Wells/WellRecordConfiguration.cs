using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Wells;

internal sealed class WellRecordConfiguration : IEntityTypeConfiguration<WellRecord>
{
    public void Configure(EntityTypeBuilder<WellRecord> builder)
    {
        builder.ToTable("wells");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(w => w.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(w => w.Field).HasColumnName("field").HasMaxLength(200);
        builder.Property(w => w.PumpModel).HasColumnName("pump_model").HasMaxLength(200);
        builder.Property(w => w.RatedFlowBblPerDay).HasColumnName("rated_flow_bbl_per_day");
        builder.Property(w => w.RatedMotorCurrentAmps).HasColumnName("rated_motor_current_amps");
        builder.Property(w => w.RatedFrequencyHz).HasColumnName("rated_frequency_hz");
        builder.Property(w => w.RatedMotorTemperatureC).HasColumnName("rated_motor_temperature_c");
        builder.Property(w => w.MaxMotorTemperatureC).HasColumnName("max_motor_temperature_c");
        builder.Property(w => w.CasingInnerDiameterInches).HasColumnName("casing_inner_diameter_in");
        builder.Property(w => w.MotorOuterDiameterInches).HasColumnName("motor_outer_diameter_in");
        builder.Property(w => w.ParameterOverridesJson).HasColumnName("parameter_overrides_json");
        builder.Property(w => w.BaselineJson).HasColumnName("baseline_json");
    }
}
