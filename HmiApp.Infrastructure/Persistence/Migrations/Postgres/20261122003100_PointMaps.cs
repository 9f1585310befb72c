using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace HmiApp.Infrastructure.Persistence.Migrations.Postgres;

/// <summary>Point maps: scan classes, devices, points, and the history of applied changes.</summary>
[DbContext(typeof(PostgresHmiDbContext))]
[Migration("20261122003100_PointMaps")]
public sealed class PointMaps : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "scan_classes",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                period_ms = table.Column<long>(type: "bigint", nullable: false),
                jitter_ms = table.Column<long>(type: "bigint", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_scan_classes", x => x.id));

        migrationBuilder.CreateTable(
            name: "devices",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                host = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                port = table.Column<int>(type: "integer", nullable: false),
                unit_id = table.Column<int>(type: "integer", nullable: false),
                scan_class = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                enabled = table.Column<bool>(type: "boolean", nullable: false),
                mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                connect_timeout_ms = table.Column<long>(type: "bigint", nullable: false),
                request_timeout_ms = table.Column<long>(type: "bigint", nullable: false),
                pause_between_requests_ms = table.Column<long>(type: "bigint", nullable: false),
                pause_after_connect_ms = table.Column<long>(type: "bigint", nullable: false),
                max_read_registers = table.Column<int>(type: "integer", nullable: false),
                max_read_bits = table.Column<int>(type: "integer", nullable: false),
                transaction_id_zero = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_devices", x => x.id));

        migrationBuilder.CreateTable(
            name: "points",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                device = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                modbus_table = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                address = table.Column<int>(type: "integer", nullable: false),
                data_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                byte_order = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                length = table.Column<int>(type: "integer", nullable: false),
                bit = table.Column<int>(type: "integer", nullable: false),
                scale = table.Column<double>(type: "double precision", nullable: false),
                value_offset = table.Column<double>(type: "double precision", nullable: false),
                units = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                range_low = table.Column<double?>(type: "double precision", nullable: true),
                range_high = table.Column<double?>(type: "double precision", nullable: true),
                deadband = table.Column<double>(type: "double precision", nullable: false),
                writable = table.Column<bool>(type: "boolean", nullable: false),
                write_min = table.Column<double?>(type: "double precision", nullable: true),
                write_max = table.Column<double?>(type: "double precision", nullable: true),
                scan_class = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                tags = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_points", x => x.id));

        migrationBuilder.CreateTable(
            name: "point_map_changes",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                applied_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                details = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_point_map_changes", x => x.id));

        migrationBuilder.CreateIndex(
            name: "IX_scan_classes_name",
            table: "scan_classes",
            column: "name", unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_devices_name",
            table: "devices",
            column: "name", unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_points_device_name",
            table: "points",
            columns: new[] { "device", "name" }, unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_point_map_changes_applied_at",
            table: "point_map_changes",
            column: "applied_at");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "point_map_changes");
        migrationBuilder.DropTable(name: "points");
        migrationBuilder.DropTable(name: "devices");
        migrationBuilder.DropTable(name: "scan_classes");
    }
}
