using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace HmiApp.Infrastructure.Persistence.Migrations.Postgres;

[DbContext(typeof(PostgresHmiDbContext))]
[Migration("20261122005100_Alarms")]
public sealed class Alarms : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "alarm_journal",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                time_ms = table.Column<long>(type: "bigint", nullable: false),
                alarm_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                alarm_class = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                priority = table.Column<int>(type: "integer", nullable: false),
                @event = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                from_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                to_state = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                condition_active = table.Column<bool>(type: "boolean", nullable: false),
                message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                value = table.Column<double>(type: "double precision", nullable: true),
                user_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                shelved_until_ms = table.Column<long>(type: "bigint", nullable: true),
                area = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                device = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                well = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                zone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_alarm_journal", x => x.id));

        migrationBuilder.CreateIndex(name: "IX_alarm_journal_time_ms", table: "alarm_journal", column: "time_ms");
        migrationBuilder.CreateIndex(name: "IX_alarm_journal_alarm_key_id", table: "alarm_journal", columns: ["alarm_key", "id"]);

        migrationBuilder.CreateTable(
            name: "alarm_definition_versions",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                version = table.Column<int>(type: "integer", nullable: false),
                definition_json = table.Column<string>(type: "text", nullable: true),
                saved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                saved_at_ms = table.Column<long>(type: "bigint", nullable: false),
                change_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                is_current = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_alarm_definition_versions", x => x.id));

        migrationBuilder.CreateIndex(
            name: "IX_alarm_definition_versions_name_version",
            table: "alarm_definition_versions",
            columns: ["name", "version"],
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "alarm_definition_versions");
        migrationBuilder.DropTable(name: "alarm_journal");
    }
}
