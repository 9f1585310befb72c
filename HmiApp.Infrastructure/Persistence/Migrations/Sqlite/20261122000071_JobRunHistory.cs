using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HmiApp.Infrastructure.Persistence.Migrations.Sqlite;

/// <summary>The poll job-run history and the per-job run totals that outlive its pruning.</summary>
[DbContext(typeof(SqliteHmiDbContext))]
[Migration("20261122000071_JobRunHistory")]
public sealed class JobRunHistory : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "job_runs",
            columns: table => new
            {
                id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                job_key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                device = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                scan_class = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                scheduled_at_unix_ms = table.Column<long>(type: "INTEGER", nullable: false),
                started_at_unix_ms = table.Column<long>(type: "INTEGER", nullable: false),
                duration_ms = table.Column<double>(type: "REAL", nullable: false),
                succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_job_runs", x => x.id));
        migrationBuilder.CreateIndex(name: "IX_job_runs_job_key_id", table: "job_runs", columns: new[] { "job_key", "id" });
        migrationBuilder.CreateIndex(name: "IX_job_runs_started_at_unix_ms", table: "job_runs", column: "started_at_unix_ms");

        migrationBuilder.CreateTable(
            name: "job_run_totals",
            columns: table => new
            {
                job_key = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                succeeded = table.Column<long>(type: "INTEGER", nullable: false),
                failed = table.Column<long>(type: "INTEGER", nullable: false),
                last_run_at_unix_ms = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_job_run_totals", x => x.job_key));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "job_run_totals");
        migrationBuilder.DropTable(name: "job_runs");
    }
}
