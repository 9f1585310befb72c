using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HmiApp.Infrastructure.Persistence.Migrations.Sqlite;

[DbContext(typeof(SqliteHmiDbContext))]
[Migration("20261122005100_Alarms")]
public sealed class Alarms : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "alarm_journal",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                time_ms = table.Column<long>(type: "INTEGER", nullable: false),
                alarm_key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                alarm_class = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                priority = table.Column<int>(type: "INTEGER", nullable: false),
                @event = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                from_state = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                to_state = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                condition_active = table.Column<bool>(type: "INTEGER", nullable: false),
                message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                value = table.Column<double>(type: "REAL", nullable: true),
                user_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                shelved_until_ms = table.Column<long>(type: "INTEGER", nullable: true),
                area = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                device = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                well = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                zone = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_alarm_journal", x => x.id));

        migrationBuilder.CreateIndex(name: "IX_alarm_journal_time_ms", table: "alarm_journal", column: "time_ms");
        migrationBuilder.CreateIndex(name: "IX_alarm_journal_alarm_key_id", table: "alarm_journal", columns: ["alarm_key", "id"]);

        migrationBuilder.CreateTable(
            name: "alarm_definition_versions",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                version = table.Column<int>(type: "INTEGER", nullable: false),
                definition_json = table.Column<string>(type: "TEXT", nullable: true),
                saved_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                saved_at_ms = table.Column<long>(type: "INTEGER", nullable: false),
                change_note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                is_current = table.Column<bool>(type: "INTEGER", nullable: false),
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
