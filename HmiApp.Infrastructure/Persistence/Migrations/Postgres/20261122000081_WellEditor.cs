using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HmiApp.Infrastructure.Persistence.Migrations.Postgres;

/// <summary>The well editor's bindings of fields to points and the VSD frequency limits (no foreign keys: ordered before the wells table).</summary>
[DbContext(typeof(PostgresHmiDbContext))]
[Migration("20261122000081_WellEditor")]
public sealed class WellEditor : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "well_point_bindings",
            columns: table => new
            {
                well_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                field = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                device = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                point = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_well_point_bindings", x => new { x.well_id, x.field }));

        migrationBuilder.CreateTable(
            name: "well_frequency_limits",
            columns: table => new
            {
                well_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                min_hz = table.Column<double>(type: "double precision", nullable: false),
                max_hz = table.Column<double>(type: "double precision", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_well_frequency_limits", x => x.well_id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "well_frequency_limits");
        migrationBuilder.DropTable(name: "well_point_bindings");
    }
}
