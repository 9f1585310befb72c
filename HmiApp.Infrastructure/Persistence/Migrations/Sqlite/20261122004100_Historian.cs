using HmiApp.Infrastructure.Historian;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HmiApp.Infrastructure.Persistence.Migrations.Sqlite;

/// <summary>
/// Raw samples and rollups. Both are WITHOUT ROWID tables clustered on their keys, so that one point's
/// range is one contiguous B-tree walk; no foreign key to points (history outlives the point map).
/// </summary>
[DbContext(typeof(SqliteHmiDbContext))]
[Migration("20261122004100_Historian")]
public sealed class Historian : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            CREATE TABLE "{HistorianSchema.Samples}" (
                "point_id" INTEGER NOT NULL,
                "time" INTEGER NOT NULL,
                "value" REAL NULL,
                "quality" INTEGER NOT NULL,
                CONSTRAINT "PK_{HistorianSchema.Samples}" PRIMARY KEY ("point_id", "time")
            ) WITHOUT ROWID;
            """);
        migrationBuilder.Sql($"""
            CREATE TABLE "{HistorianSchema.Rollups}" (
                "point_id" INTEGER NOT NULL,
                "resolution" INTEGER NOT NULL,
                "bucket_start" INTEGER NOT NULL,
                "min" REAL NOT NULL,
                "min_time" INTEGER NOT NULL,
                "max" REAL NOT NULL,
                "max_time" INTEGER NOT NULL,
                "sum" REAL NOT NULL,
                "count" INTEGER NOT NULL,
                "last" REAL NOT NULL,
                "last_time" INTEGER NOT NULL,
                CONSTRAINT "PK_{HistorianSchema.Rollups}" PRIMARY KEY ("point_id", "resolution", "bucket_start")
            ) WITHOUT ROWID;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: HistorianSchema.Rollups);
        migrationBuilder.DropTable(name: HistorianSchema.Samples);
    }
}
