using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HmiApp.Infrastructure.Wells;

internal sealed class WellTelemetryRecordConfiguration : IEntityTypeConfiguration<WellTelemetryRecord>
{
    public void Configure(EntityTypeBuilder<WellTelemetryRecord> builder)
    {
        builder.ToTable("well_telemetry");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("id");
        builder.Property(t => t.WellId).HasColumnName("well_id").HasMaxLength(64);
        builder.Property(t => t.TimestampMs).HasColumnName("timestamp_ms");
        builder.Property(t => t.FlowRateBblPerDay).HasColumnName("flow_rate_bbl_per_day");
        builder.Property(t => t.PumpIntakePressurePsi).HasColumnName("pump_intake_pressure_psi");
        builder.Property(t => t.MotorCurrentAmps).HasColumnName("motor_current_amps");
        builder.Property(t => t.MotorTemperatureC).HasColumnName("motor_temperature_c");
        builder.Property(t => t.VibrationG).HasColumnName("vibration_g");
        builder.Property(t => t.VsdFrequencyHz).HasColumnName("vsd_frequency_hz");
        builder.Property(t => t.FlowVariancePercent).HasColumnName("flow_variance_percent");
        builder.Property(t => t.TorqueNewtonMetres).HasColumnName("torque_newton_metres");
        builder.Property(t => t.GasOilRatioScfPerBbl).HasColumnName("gas_oil_ratio_scf_per_bbl");
        builder.Property(t => t.CurrentUnbalancePercent).HasColumnName("current_unbalance_percent");
        builder.Property(t => t.InsulationResistanceMegohms).HasColumnName("insulation_resistance_megohms");
        builder.Property(t => t.IsRunning).HasColumnName("is_running");
        builder.HasIndex(t => new { t.WellId, t.TimestampMs }).HasDatabaseName("ix_well_telemetry_well_time");
    }
}
