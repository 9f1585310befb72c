using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HmiApp.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ScanPauses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(RetiredSchedulerTables.Postgres);

            migrationBuilder.CreateTable(
                name: "scan_pauses",
                columns: table => new
                {
                    job_key = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    paused_at_unix_ms = table.Column<long>(type: "bigint", nullable: false),
                    paused_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scan_pauses", x => x.job_key);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The retired scheduler's tables are not made again: no version of the app that reads them runs this.
            migrationBuilder.DropTable(
                name: "scan_pauses");
        }
    }
}
