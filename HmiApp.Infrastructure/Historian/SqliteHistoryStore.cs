using System.Runtime.CompilerServices;
using HmiApp.Domain.Acquisition;
using Microsoft.Data.Sqlite;

namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// History in the embedded SQLite file: one transaction per batch with prepared statements. Inserts
/// skip a sample already stored (same point and time), and only the rows actually inserted feed the
/// rollups, so a repeated batch changes nothing; that makes every SQLite write safe to repeat.
/// </summary>
public sealed class SqliteHistoryStore(string connectionString) : IHistoryStore
{
    private const string Samples = HistorianSchema.Samples;
    private const string Rollups = HistorianSchema.Rollups;

    public async Task WriteAsync(IReadOnlyList<PointSample> batch, bool mayRepeat, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT OR IGNORE INTO {Samples} (point_id, time, value, quality) VALUES ($p, $t, $v, $q)";
        var p = insert.Parameters.Add("$p", SqliteType.Integer);
        var t = insert.Parameters.Add("$t", SqliteType.Integer);
        var v = insert.Parameters.Add("$v", SqliteType.Real);
        var q = insert.Parameters.Add("$q", SqliteType.Integer);
        insert.Prepare();
        var rollups = new BatchRollups();
        foreach (var sample in batch)
        {
            var time = HistoryTime.ToMicros(sample.Timestamp);
            p.Value = sample.PointId;
            t.Value = time;
            v.Value = sample.Value is { } value ? value : DBNull.Value;
            q.Value = (int)sample.Quality;
            if (insert.ExecuteNonQuery() == 1)
            {
                rollups.Add(sample.PointId, time, sample.Value);
            }
        }

        MergeRollups(connection, transaction, rollups);
        await transaction.CommitAsync(cancellationToken);
    }

    public async IAsyncEnumerable<PointSample> ReadAsync(long pointId, long from, long to, int? limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT time, value, quality FROM {Samples} WHERE point_id = $p AND time >= $f AND time < $t ORDER BY time LIMIT $l";
        command.Parameters.AddWithValue("$p", pointId);
        command.Parameters.AddWithValue("$f", from);
        command.Parameters.AddWithValue("$t", to);
        command.Parameters.AddWithValue("$l", limit ?? -1);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new PointSample(pointId, HistoryTime.FromMicros(reader.GetInt64(0)), reader.IsDBNull(1) ? null : reader.GetDouble(1), (QualityStatus)reader.GetInt32(2));
        }
    }

    public async IAsyncEnumerable<StoredRollup> ReadRollupsAsync(long pointId, int resolution, long from, long to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT bucket_start, min, min_time, max, max_time, sum, count, last, last_time FROM {Rollups}
            WHERE point_id = $p AND resolution = $r AND bucket_start >= $f AND bucket_start < $t ORDER BY bucket_start
            """;
        command.Parameters.AddWithValue("$p", pointId);
        command.Parameters.AddWithValue("$r", resolution);
        command.Parameters.AddWithValue("$f", from);
        command.Parameters.AddWithValue("$t", to);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new StoredRollup
            {
                PointId = pointId, Resolution = resolution, BucketStart = reader.GetInt64(0),
                Min = reader.GetDouble(1), MinTime = reader.GetInt64(2), Max = reader.GetDouble(3), MaxTime = reader.GetInt64(4),
                Sum = reader.GetDouble(5), Count = reader.GetInt64(6), Last = reader.GetDouble(7), LastTime = reader.GetInt64(8),
            };
        }
    }

    /// <summary>SQLite's table is not partitioned: any time can be stored.</summary>
    public Task EnsureStorageAsync(long from, long to, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<RetentionOutcome> ApplyRetentionAsync(RetentionPlan plan, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var points = new List<long>();
        await using (var list = connection.CreateCommand())
        {
            // A loose index scan over the clustered key: one seek per point instead of a full table scan.
            list.CommandText = $"""
                WITH RECURSIVE p(id) AS (
                    SELECT min(point_id) FROM {Samples}
                    UNION ALL SELECT (SELECT min(point_id) FROM {Samples} WHERE point_id > p.id) FROM p WHERE p.id IS NOT NULL)
                SELECT id FROM p WHERE id IS NOT NULL
                UNION SELECT DISTINCT point_id FROM {Rollups}
                """;
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                points.Add(reader.GetInt64(0));
            }
        }

        long samples = 0, rollups = 0;
        foreach (var point in points)
        {
            var cutoff = plan.CutoffFor(point);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            samples += await ExecuteAsync(connection, transaction, $"DELETE FROM {Samples} WHERE point_id = $p AND time < $c", point, cutoff, cancellationToken);
            rollups += await ExecuteAsync(connection, transaction,
                $"DELETE FROM {Rollups} WHERE point_id = $p AND bucket_start + resolution * {HistoryTime.MicrosPerSecond} <= $c", point, cutoff, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return new RetentionOutcome([], samples, rollups);
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, long point, long cutoff, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p", point);
        command.Parameters.AddWithValue("$c", cutoff);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void MergeRollups(SqliteConnection connection, SqliteTransaction transaction, BatchRollups rollups)
    {
        if (rollups.Count == 0)
        {
            return;
        }

        using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        // Every right-hand side reads the row as it was before this update, so the order of assignments is free.
        upsert.CommandText = $"""
            INSERT INTO {Rollups} (point_id, resolution, bucket_start, min, min_time, max, max_time, sum, count, last, last_time)
            VALUES ($p, $r, $b, $min, $mint, $max, $maxt, $sum, $n, $last, $lastt)
            ON CONFLICT (point_id, resolution, bucket_start) DO UPDATE SET
                min_time = CASE WHEN excluded.min < min THEN excluded.min_time ELSE min_time END,
                min = min(min, excluded.min),
                max_time = CASE WHEN excluded.max > max THEN excluded.max_time ELSE max_time END,
                max = max(max, excluded.max),
                sum = sum + excluded.sum,
                count = count + excluded.count,
                last = CASE WHEN excluded.last_time >= last_time THEN excluded.last ELSE last END,
                last_time = max(last_time, excluded.last_time)
            """;
        var parameters = new[] { "$p", "$r", "$b", "$min", "$mint", "$max", "$maxt", "$sum", "$n", "$last", "$lastt" }
            .Select(name => upsert.Parameters.Add(name, name is "$min" or "$max" or "$sum" or "$last" ? SqliteType.Real : SqliteType.Integer)).ToArray();
        upsert.Prepare();
        foreach (var (key, a) in rollups.Buckets)
        {
            parameters[0].Value = key.PointId;
            parameters[1].Value = key.Resolution;
            parameters[2].Value = key.BucketStart;
            parameters[3].Value = a.Min;
            parameters[4].Value = a.MinTime;
            parameters[5].Value = a.Max;
            parameters[6].Value = a.MaxTime;
            parameters[7].Value = a.Sum;
            parameters[8].Value = a.Count;
            parameters[9].Value = a.Last;
            parameters[10].Value = a.LastTime;
            upsert.ExecuteNonQuery();
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
