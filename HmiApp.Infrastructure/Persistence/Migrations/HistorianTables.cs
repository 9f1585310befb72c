using HmiApp.Infrastructure.Historian;

namespace HmiApp.Infrastructure.Persistence.Migrations;

/// <summary>
/// The historian's tables as the generated Initial migrations create them. EF's model describes their columns and
/// keys (the queries need them), but not their physical design, so dotnet-ef's CreateTable for them was replaced
/// by this SQL. No foreign key to points: history outlives the point map.
/// </summary>
internal static class HistorianTables
{
    /// <summary>
    /// WITHOUT ROWID tables clustered on their keys, so that one point's range is one contiguous B-tree walk.
    /// </summary>
    public const string Sqlite = $"""
        CREATE TABLE "{HistorianSchema.Samples}" (
            "point_id" INTEGER NOT NULL,
            "time" INTEGER NOT NULL,
            "value" REAL NULL,
            "quality" INTEGER NOT NULL,
            CONSTRAINT "PK_{HistorianSchema.Samples}" PRIMARY KEY ("point_id", "time")
        ) WITHOUT ROWID;
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
        """;

    /// <summary>
    /// Raw samples partitioned by day on <c>time</c> (microseconds since the epoch; the daily partitions are made
    /// ahead by the historian's maintenance job and on demand by the writer). The primary key is the btree for one
    /// point's range; a BRIN index on time serves scans across points at almost no cost on append-mostly data.
    /// </summary>
    public const string Postgres = $"""
        CREATE TABLE {HistorianSchema.Name}.{HistorianSchema.Samples} (
            point_id bigint NOT NULL,
            "time" bigint NOT NULL,
            value double precision NULL,
            quality smallint NOT NULL,
            CONSTRAINT "PK_{HistorianSchema.Samples}" PRIMARY KEY (point_id, "time")
        ) PARTITION BY RANGE ("time");
        CREATE INDEX "IX_{HistorianSchema.Samples}_time_brin" ON {HistorianSchema.Name}.{HistorianSchema.Samples} USING brin ("time");
        CREATE TABLE {HistorianSchema.Name}.{HistorianSchema.Rollups} (
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
        """;
}
