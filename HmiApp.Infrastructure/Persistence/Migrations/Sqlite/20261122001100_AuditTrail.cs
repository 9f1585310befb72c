using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HmiApp.Infrastructure.Persistence.Migrations.Sqlite;

[DbContext(typeof(SqliteHmiDbContext))]
[Migration("20261122001100_AuditTrail")]
public sealed class AuditTrail : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "audit_entries",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                at_unix_ms = table.Column<long>(type: "INTEGER", nullable: false),
                actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                remote_address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                target = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                old_value = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                new_value = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_audit_entries", x => x.id);
            });

        migrationBuilder.CreateIndex(name: "IX_audit_entries_at_unix_ms", table: "audit_entries", column: "at_unix_ms");
        migrationBuilder.CreateIndex(name: "IX_audit_entries_category_at_unix_ms", table: "audit_entries", columns: new[] { "category", "at_unix_ms" });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "audit_entries");
    }
}
