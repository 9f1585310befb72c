using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace HmiApp.Infrastructure.Persistence.Migrations.Postgres;

[DbContext(typeof(PostgresHmiDbContext))]
[Migration("20261122006100_WellsTelemetryDiagnoses")]
public sealed class WellsTelemetryDiagnoses : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "wells",
            columns: table => new
            {
                id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                field = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                pump_model = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                rated_flow_bbl_per_day = table.Column<double>(type: "double precision", nullable: false),
                rated_motor_current_amps = table.Column<double>(type: "double precision", nullable: false),
                rated_frequency_hz = table.Column<double>(type: "double precision", nullable: false),
                rated_motor_temperature_c = table.Column<double>(type: "double precision", nullable: false),
                max_motor_temperature_c = table.Column<double>(type: "double precision", nullable: false),
                casing_inner_diameter_in = table.Column<double>(type: "double precision", nullable: false),
                motor_outer_diameter_in = table.Column<double>(type: "double precision", nullable: false),
                parameter_overrides_json = table.Column<string>(type: "text", nullable: false),
                baseline_json = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_wells", x => x.id));

        migrationBuilder.CreateTable(
            name: "well_telemetry",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                well_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                timestamp_ms = table.Column<long>(type: "bigint", nullable: false),
                flow_rate_bbl_per_day = table.Column<double>(type: "double precision", nullable: false),
                pump_intake_pressure_psi = table.Column<double>(type: "double precision", nullable: false),
                motor_current_amps = table.Column<double>(type: "double precision", nullable: false),
                motor_temperature_c = table.Column<double>(type: "double precision", nullable: false),
                vibration_g = table.Column<double>(type: "double precision", nullable: false),
                vsd_frequency_hz = table.Column<double>(type: "double precision", nullable: false),
                flow_variance_percent = table.Column<double>(type: "double precision", nullable: false),
                torque_newton_metres = table.Column<double>(type: "double precision", nullable: false),
                gas_oil_ratio_scf_per_bbl = table.Column<double>(type: "double precision", nullable: false),
                current_unbalance_percent = table.Column<double>(type: "double precision", nullable: false),
                insulation_resistance_megohms = table.Column<double>(type: "double precision", nullable: false),
                is_running = table.Column<bool>(type: "boolean", nullable: false),
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
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                well_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                evaluated_at_ms = table.Column<long>(type: "bigint", nullable: false),
                window_start_ms = table.Column<long>(type: "bigint", nullable: false),
                window_end_ms = table.Column<long>(type: "bigint", nullable: false),
                tree_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                tree_version = table.Column<int>(type: "integer", nullable: false),
                code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                severity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                confidence = table.Column<double>(type: "double precision", nullable: false),
                actions_json = table.Column<string>(type: "text", nullable: false),
                resolution_seconds = table.Column<double>(type: "double precision", nullable: false),
                explanation_json = table.Column<string>(type: "text", nullable: false),
                source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                is_change = table.Column<bool>(type: "boolean", nullable: false),
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
                tree_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                version = table.Column<int>(type: "integer", nullable: false),
                stored_at_ms = table.Column<long>(type: "bigint", nullable: false),
                json = table.Column<string>(type: "text", nullable: false),
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
