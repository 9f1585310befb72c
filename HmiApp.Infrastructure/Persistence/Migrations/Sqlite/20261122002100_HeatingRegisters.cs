using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HmiApp.Infrastructure.Persistence.Migrations.Sqlite;

[DbContext(typeof(SqliteHmiDbContext))]
[Migration("20261122002100_HeatingRegisters")]
public sealed class HeatingRegisters : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "heating_registers",
            columns: table => new
            {
                address = table.Column<int>(type: "INTEGER", nullable: false),
                value = table.Column<int>(type: "INTEGER", nullable: false),
                bus_written_unix_ms = table.Column<long>(type: "INTEGER", nullable: true),
                hmi_written_unix_ms = table.Column<long>(type: "INTEGER", nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_heating_registers", x => x.address));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "heating_registers");
    }
}
