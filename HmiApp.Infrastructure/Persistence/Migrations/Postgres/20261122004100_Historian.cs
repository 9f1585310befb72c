using HmiApp.Infrastructure.Historian;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace HmiApp.Infrastructure.Persistence.Migrations.Postgres;

/// <summary>
/// Raw samples in a table partitioned by day on <c>time</c> (microseconds since the epoch); the daily
/// partitions themselves are created ahead by the historian's maintenance job and on demand by the
/// writer. The primary key (point_id, time) is the btree for one point's range; a BRIN index on time
/// serves scans across points and costs almost nothing to keep up on append-mostly data. No foreign
/// key to points: history outlives the point map.
/// </summary>
[DbContext(typeof(PostgresHmiDbContext))]
[Migration("20261122004100_Historian")]
public sealed class Historian : Migration
{
    private const string S = HistorianSchema.Name;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"""
            CREATE SCHEMA IF NOT EXISTS {S};
            CREATE TABLE {S}.{HistorianSchema.Samples} (
                point_id bigint NOT NULL,
                "time" bigint NOT NULL,
                value double precision NULL,
                quality smallint NOT NULL,
                CONSTRAINT "PK_{HistorianSchema.Samples}" PRIMARY KEY (point_id, "time")
            ) PARTITION BY RANGE ("time");
            CREATE INDEX "IX_{HistorianSchema.Samples}_time_brin" ON {S}.{HistorianSchema.Samples} USING brin ("time");
            CREATE TABLE {S}.{HistorianSchema.Rollups} (
                point_id bigint NOT NULL,
                resolution integer NOT NULL,
                bucket_start bigint NOT NULL,
                min double precision NOT NULL,
                min_time bigint NOT NULL,
                max double precision NOT NULL,
                max_time bigint NOT NULL,
                sum double precision NOT NULL,
                count bigint NOT NULL,
                last double precision NOT NULL,
                last_time bigint NOT NULL,
                CONSTRAINT "PK_{HistorianSchema.Rollups}" PRIMARY KEY (point_id, resolution, bucket_start)
            );
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"DROP SCHEMA {S} CASCADE;");
    }
}
