using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HmiApp.Infrastructure.Persistence.Migrations.Postgres;

/// <summary>
/// The tables of Quartz's persistent job store (qrtz_*). They are not in the EF model: Quartz reads and writes
/// them itself and checks their shape when the scheduler starts.
/// </summary>
[DbContext(typeof(PostgresHmiDbContext))]
[Migration("20261122003200_QuartzJobStore")]
public sealed class QuartzJobStore : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in QuartzSchemaScript.Statements("Postgres.20261122003200_QuartzJobStore.sql"))
        {
            migrationBuilder.Sql(statement);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in QuartzSchemaScript.Tables)
        {
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {table};");
        }
    }
}
