using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace HmiApp.Infrastructure.Persistence.Migrations.Postgres;

[DbContext(typeof(PostgresHmiDbContext))]
[Migration("20261122001100_AuditTrail")]
public sealed class AuditTrail : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "audit_entries",
            columns: table => new
            {
                id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                at_unix_ms = table.Column<long>(type: "bigint", nullable: false),
                actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                remote_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                target = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                old_value = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                new_value = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
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
