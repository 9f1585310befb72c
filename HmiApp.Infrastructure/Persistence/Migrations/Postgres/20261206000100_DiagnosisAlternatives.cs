using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HmiApp.Infrastructure.Persistence.Migrations.Postgres;

/// <summary>A diagnosis names the other diagnoses its window fitted (issue 17); older rows read as none.</summary>
[DbContext(typeof(PostgresHmiDbContext))]
[Migration("20261206000100_DiagnosisAlternatives")]
public sealed class DiagnosisAlternatives : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "alternatives_json",
            table: "diagnosis_history",
            type: "text",
            nullable: false,
            defaultValue: "[]");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "alternatives_json", table: "diagnosis_history");
    }
}
