using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using HmiApp.Domain.Acquisition;
using Npgsql;
using NpgsqlTypes;

namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// History in PostgreSQL: a batch goes in with binary COPY into the day-partitioned table, its rollups
/// with one set-based upsert, both in one transaction. A batch that may already be stored goes through
/// a temporary staging table and <c>INSERT ... ON CONFLICT DO NOTHING RETURNING</c>, so that only the
/// rows really inserted feed the rollups; COPY alone would fail on the first duplicate.
/// </summary>
public sealed class PostgresHistoryStore(NpgsqlDataSource dataSource) : IHistoryStore
{
    private const string Samples = HistorianSchema.Name + "." + HistorianSchema.Samples;
    private const string Rollups = HistorianSchema.Name + "." + HistorianSchema.Rollups;
    private const string PartitionPrefix = HistorianSchema.Samples + "_p";

    private readonly ConcurrentDictionary<long, bool> knownDays = new();

    public async Task WriteAsync(IReadOnlyList<PointSample> batch, bool mayRepeat, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        long first = long.MaxValue, last = long.MinValue;
        foreach (var sample in batch)
        {
            var time = HistoryTime.ToMicros(sample.Timestamp);
            first = Math.Min(first, time);
            last = Math.Max(last, time);
        }

        await EnsureStorageAsync(first, last, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rollups = new BatchRollups();
        if (mayRepeat)
        {
            await InsertSkippingStoredAsync(connection, batch, rollups, cancellationToken);
        }
        else
        {
            await CopyAsync(connection, $"COPY {Samples} (point_id, time, value, quality) FROM STDIN (FORMAT BINARY)", batch, cancellationToken);
            foreach (var sample in batch)
            {
                rollups.Add(sample);
            }
        }

        await MergeRollupsAsync(connection, rollups, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async IAsyncEnumerable<PointSample> ReadAsync(long pointId, long from, long to, int? limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"SELECT time, value, quality FROM {Samples} WHERE point_id = $1 AND time >= $2 AND time < $3 ORDER BY time LIMIT $4", connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = pointId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = from });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = to });
        command.Parameters.Add(new NpgsqlParameter { Value = limit is { } l ? l : DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new PointSample(pointId, HistoryTime.FromMicros(reader.GetInt64(0)), reader.IsDBNull(1) ? null : reader.GetDouble(1), (QualityStatus)reader.GetInt16(2));
        }
    }

    public async IAsyncEnumerable<StoredRollup> ReadRollupsAsync(long pointId, int resolution, long from, long to, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT bucket_start, min, min_time, max, max_time, sum, count, last, last_time FROM {Rollups}
            WHERE point_id = $1 AND resolution = $2 AND bucket_start >= $3 AND bucket_start < $4 ORDER BY bucket_start
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = pointId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = resolution });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = from });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = to });
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

    /// <summary>Creates the missing daily partitions; days already seen by this process cost no round trip.</summary>
    public async Task EnsureStorageAsync(long from, long to, CancellationToken cancellationToken)
    {
        for (var day = HistoryTime.BucketStart(from, HistoryTime.MicrosPerDay); day <= to; day += HistoryTime.MicrosPerDay)
        {
            if (knownDays.ContainsKey(day))
            {
                continue;
            }

            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                $"CREATE TABLE IF NOT EXISTS {HistorianSchema.Name}.{PartitionName(day)} PARTITION OF {Samples} FOR VALUES FROM ({day}) TO ({day + HistoryTime.MicrosPerDay})",
                connection);
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.UniqueViolation)
            {
                // Another writer created it between our check and our statement.
            }

            knownDays[day] = true;
        }
    }

    /// <summary>
    /// Drops every daily partition whose whole day is past the longest retention (cheap: no row is
    /// touched), then deletes the rows of points with a shorter retention from the partitions left.
    /// </summary>
    public async Task<RetentionOutcome> ApplyRetentionAsync(RetentionPlan plan, CancellationToken cancellationToken)
    {
        var partitions = await ListPartitionsAsync(cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var dropped = new List<string>();
        foreach (var (name, day) in partitions)
        {
            if (day + HistoryTime.MicrosPerDay <= plan.EarliestCutoff)
            {
                await using var drop = new NpgsqlCommand($"DROP TABLE {HistorianSchema.Name}.{name}", connection);
                await drop.ExecuteNonQueryAsync(cancellationToken);
                knownDays.TryRemove(day, out _);
                dropped.Add(name);
            }
        }

        long samples = 0, rollups = 0;
        var listed = plan.PointCutoffs.Keys.ToArray();
        foreach (var group in plan.PointCutoffs.GroupBy(p => p.Value))
        {
            var ids = group.Select(p => p.Key).ToArray();
            samples += await DeleteAsync(connection, $"DELETE FROM {Samples} WHERE point_id = ANY($1) AND time < $2", ids, group.Key, cancellationToken);
            rollups += await DeleteAsync(connection,
                $"DELETE FROM {Rollups} WHERE point_id = ANY($1) AND bucket_start + resolution::bigint * {HistoryTime.MicrosPerSecond} <= $2", ids, group.Key, cancellationToken);
        }

        samples += await DeleteAsync(connection, $"DELETE FROM {Samples} WHERE point_id <> ALL($1) AND time < $2", listed, plan.DefaultCutoff, cancellationToken);
        rollups += await DeleteAsync(connection,
            $"DELETE FROM {Rollups} WHERE point_id <> ALL($1) AND bucket_start + resolution::bigint * {HistoryTime.MicrosPerSecond} <= $2", listed, plan.DefaultCutoff, cancellationToken);
        return new RetentionOutcome(dropped, samples, rollups);
    }

    /// <summary>The daily partitions that exist, with the day each holds.</summary>
    public async Task<IReadOnlyList<(string Name, long Day)>> ListPartitionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
            WHERE i.inhparent = '{Samples}'::regclass ORDER BY c.relname
            """, connection);
        var partitions = new List<(string, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var name = reader.GetString(0);
            if (name.StartsWith(PartitionPrefix, StringComparison.Ordinal)
                && DateTimeOffset.TryParseExact(name[PartitionPrefix.Length..], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var day))
            {
                partitions.Add((name, HistoryTime.ToMicros(day)));
            }
        }

        return partitions;
    }

    public static string PartitionName(long day) =>
        PartitionPrefix + HistoryTime.FromMicros(day).UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static async Task InsertSkippingStoredAsync(NpgsqlConnection connection, IReadOnlyList<PointSample> batch, BatchRollups rollups, CancellationToken cancellationToken)
    {
        await using (var staging = new NpgsqlCommand(
            $"CREATE TEMP TABLE IF NOT EXISTS history_staging (LIKE {Samples}) ON COMMIT DELETE ROWS", connection))
        {
            await staging.ExecuteNonQueryAsync(cancellationToken);
        }

        await CopyAsync(connection, "COPY history_staging (point_id, time, value, quality) FROM STDIN (FORMAT BINARY)", batch, cancellationToken);
        await using var insert = new NpgsqlCommand(
            $"INSERT INTO {Samples} SELECT point_id, time, value, quality FROM history_staging ON CONFLICT DO NOTHING RETURNING point_id, time, value", connection);
        await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rollups.Add(reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetDouble(2));
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string copy, IReadOnlyList<PointSample> batch, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var sample in batch)
        {
            // The synchronous writers only fill Npgsql's buffer; they block only when it is flushed.
            importer.StartRow();
            importer.Write(sample.PointId, NpgsqlDbType.Bigint);
            importer.Write(HistoryTime.ToMicros(sample.Timestamp), NpgsqlDbType.Bigint);
            if (sample.Value is { } value)
            {
                importer.Write(value, NpgsqlDbType.Double);
            }
            else
            {
                importer.WriteNull();
            }

            importer.Write((short)sample.Quality, NpgsqlDbType.Smallint);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static async Task MergeRollupsAsync(NpgsqlConnection connection, BatchRollups rollups, CancellationToken cancellationToken)
    {
        if (rollups.Count == 0)
        {
            return;
        }

        var n = rollups.Count;
        var (point, resolution, bucket) = (new long[n], new int[n], new long[n]);
        var (min, minTime, max, maxTime, sum, count, last, lastTime) = (new double[n], new long[n], new double[n], new long[n], new double[n], new long[n], new double[n], new long[n]);
        var i = 0;
        foreach (var (key, a) in rollups.Buckets)
        {
            (point[i], resolution[i], bucket[i]) = (key.PointId, key.Resolution, key.BucketStart);
            (min[i], minTime[i], max[i], maxTime[i], sum[i], count[i], last[i], lastTime[i]) = (a.Min, a.MinTime, a.Max, a.MaxTime, a.Sum, a.Count, a.Last, a.LastTime);
            i++;
        }

        // Every right-hand side reads the row as it was before this update, so the order of assignments is free.
        await using var upsert = new NpgsqlCommand(
            $"""
            INSERT INTO {Rollups} AS r (point_id, resolution, bucket_start, min, min_time, max, max_time, sum, count, last, last_time)
            SELECT * FROM unnest($1::bigint[], $2::int[], $3::bigint[], $4::float8[], $5::bigint[], $6::float8[], $7::bigint[], $8::float8[], $9::bigint[], $10::float8[], $11::bigint[])
            ON CONFLICT (point_id, resolution, bucket_start) DO UPDATE SET
                min_time = CASE WHEN excluded.min < r.min THEN excluded.min_time ELSE r.min_time END,
                min = least(r.min, excluded.min),
                max_time = CASE WHEN excluded.max > r.max THEN excluded.max_time ELSE r.max_time END,
                max = greatest(r.max, excluded.max),
                sum = r.sum + excluded.sum,
                count = r.count + excluded.count,
                last = CASE WHEN excluded.last_time >= r.last_time THEN excluded.last ELSE r.last END,
                last_time = greatest(r.last_time, excluded.last_time)
            """, connection);
        foreach (var array in new object[] { point, resolution, bucket, min, minTime, max, maxTime, sum, count, last, lastTime })
        {
            upsert.Parameters.Add(new NpgsqlParameter { Value = array });
        }

        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int> DeleteAsync(NpgsqlConnection connection, string sql, long[] ids, long cutoff, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = ids });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = cutoff });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
