using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace HmiApp.Infrastructure.Persistence.Migrations.Postgres;

[DbContext(typeof(PostgresHmiDbContext))]
[Migration("20261122000100_DataProtectionKeys")]
public sealed class DataProtectionKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "data_protection_keys",
            columns: table => new
            {
                id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                friendly_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                xml = table.Column<string>(type: "text", nullable: false),
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
