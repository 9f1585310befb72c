using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HmiApp.Infrastructure.Persistence.Migrations.Sqlite;

[DbContext(typeof(SqliteHmiDbContext))]
[Migration("20261122000100_DataProtectionKeys")]
public sealed class DataProtectionKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "data_protection_keys",
            columns: table => new
            {
                id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                friendly_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                xml = table.Column<string>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_data_protection_keys", x => x.id));

        migrationBuilder.CreateIndex(
            name: "IX_data_protection_keys_friendly_name",
            table: "data_protection_keys",
            column: "friendly_name",
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "data_protection_keys");
    }
}
