using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HmiApp.Infrastructure.Persistence.Migrations.Sqlite;

[DbContext(typeof(SqliteHmiDbContext))]
[Migration("20261122006100_WellsTelemetryDiagnoses")]
public sealed class WellsTelemetryDiagnoses : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "wells",
            columns: table => new
            {
                id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                field = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                pump_model = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                rated_flow_bbl_per_day = table.Column<double>(type: "REAL", nullable: false),
                rated_motor_current_amps = table.Column<double>(type: "REAL", nullable: false),
                rated_frequency_hz = table.Column<double>(type: "REAL", nullable: false),
                rated_motor_temperature_c = table.Column<double>(type: "REAL", nullable: false),
                max_motor_temperature_c = table.Column<double>(type: "REAL", nullable: false),
                casing_inner_diameter_in = table.Column<double>(type: "REAL", nullable: false),
                motor_outer_diameter_in = table.Column<double>(type: "REAL", nullable: false),
                parameter_overrides_json = table.Column<string>(type: "TEXT", nullable: false),
                baseline_json = table.Column<string>(type: "TEXT", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_wells", x => x.id));

        migrationBuilder.CreateTable(
            name: "well_telemetry",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                well_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                timestamp_ms = table.Column<long>(type: "INTEGER", nullable: false),
                flow_rate_bbl_per_day = table.Column<double>(type: "REAL", nullable: false),
                pump_intake_pressure_psi = table.Column<double>(type: "REAL", nullable: false),
                motor_current_amps = table.Column<double>(type: "REAL", nullable: false),
                motor_temperature_c = table.Column<double>(type: "REAL", nullable: false),
                vibration_g = table.Column<double>(type: "REAL", nullable: false),
                vsd_frequency_hz = table.Column<double>(type: "REAL", nullable: false),
                flow_variance_percent = table.Column<double>(type: "REAL", nullable: false),
                torque_newton_metres = table.Column<double>(type: "REAL", nullable: false),
                gas_oil_ratio_scf_per_bbl = table.Column<double>(type: "REAL", nullable: false),
                current_unbalance_percent = table.Column<double>(type: "REAL", nullable: false),
                insulation_resistance_megohms = table.Column<double>(type: "REAL", nullable: false),
                is_running = table.Column<bool>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_well_telemetry", x => x.id));

        migrationBuilder.CreateIndex(
            name: "ix_well_telemetry_well_time",
            table: "well_telemetry",
            columns: ["well_id", "timestamp_ms"]);

        migrationBuilder.CreateTable(
            name: "diagnosis_history",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                well_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                evaluated_at_ms = table.Column<long>(type: "INTEGER", nullable: false),
                window_start_ms = table.Column<long>(type: "INTEGER", nullable: false),
                window_end_ms = table.Column<long>(type: "INTEGER", nullable: false),
                tree_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                tree_version = table.Column<int>(type: "INTEGER", nullable: false),
                code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                severity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                confidence = table.Column<double>(type: "REAL", nullable: false),
                actions_json = table.Column<string>(type: "TEXT", nullable: false),
                resolution_seconds = table.Column<double>(type: "REAL", nullable: false),
                explanation_json = table.Column<string>(type: "TEXT", nullable: false),
                source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                is_change = table.Column<bool>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_diagnosis_history", x => x.id));

        migrationBuilder.CreateIndex(
            name: "ix_diagnosis_history_well_time",
            table: "diagnosis_history",
            columns: ["well_id", "evaluated_at_ms"]);

        migrationBuilder.CreateTable(
            name: "diagnostic_trees",
            columns: table => new
            {
                tree_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                version = table.Column<int>(type: "INTEGER", nullable: false),
                stored_at_ms = table.Column<long>(type: "INTEGER", nullable: false),
                json = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_diagnostic_trees", x => new { x.tree_id, x.version }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "diagnostic_trees");
        migrationBuilder.DropTable(name: "diagnosis_history");
        migrationBuilder.DropTable(name: "well_telemetry");
        migrationBuilder.DropTable(name: "wells");
    }
}
