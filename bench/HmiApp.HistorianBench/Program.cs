using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using HmiApp.Domain.Acquisition;
using HmiApp.HistorianBench;
using HmiApp.Infrastructure.Historian;
using HmiApp.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

// Historian figures on this machine: ingest through the historian (queue, batches, rollups) beside a
// raw bulk load of the same rows, and a 30-day downsampled history query, on PostgreSQL and SQLite.
// Usage: dotnet run -c Release --project bench/HmiApp.HistorianBench [-- --samples N --points P --runs R]
var samples = Option("--samples", 1_000_000);
var points = Option("--points", 100);
var runs = Option("--runs", 3);
var queryDays = Option("--query-days", 30);
int[] batchSizes = [5_000, 20_000];
var queryStart = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
var work = Directory.CreateTempSubdirectory("hmi-historian-bench-").FullName;
var rows = Rows(samples, points);
Console.WriteLine($"# Historian benchmark: {samples:N0} samples over {points} points, {runs} runs each (median); {Environment.ProcessorCount} cores, .NET {Environment.Version}");

await using var postgres = new ThrowawayPostgres();
await postgres.StartAsync();
using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
var meters = services.GetRequiredService<IMeterFactory>();
var results = new List<string>();
try
{
    var csv = Path.Combine(work, "rows.csv");
    await WriteCsvAsync(csv);

    // Runs interleave the four loads so that a burst of load from elsewhere on the machine hits all alike.
    var ingest = new Dictionary<string, List<TimeSpan>>();
    for (var run = 0; run < runs; run++)
    {
        foreach (var batchSize in batchSizes)
        {
            await using var dataSource = NpgsqlDataSource.Create(await MigratedPostgresAsync($"ingest_historian_{batchSize}_{run}"));
            var store = new PostgresHistoryStore(dataSource);
            await PrepareDaysAsync(store);
            Add($"pg historian {batchSize}", await IngestThroughHistorianAsync(store, batchSize, run));
        }

        Add("pg raw", await PsqlCopyAsync(csv, run));
        foreach (var batchSize in batchSizes)
        {
            Add($"sqlite historian {batchSize}", await IngestThroughHistorianAsync(new SqliteHistoryStore(await MigratedSqliteAsync($"historian-{batchSize}-{run}.db")), batchSize, run));
        }

        Add("sqlite raw", await RawSqliteInsertAsync(await MigratedSqliteAsync($"raw-{run}.db")));
    }

    Console.WriteLine();
    Console.WriteLine("| ingest | PostgreSQL samples/s | SQLite samples/s | PostgreSQL / raw | SQLite / raw |");
    Console.WriteLine("|---|---:|---:|---:|---:|");
    foreach (var batchSize in batchSizes)
    {
        var (pg, lite) = (Median($"pg historian {batchSize}"), Median($"sqlite historian {batchSize}"));
        Console.WriteLine($"| historian, batches of {batchSize:N0} (queue, one transaction per batch, rollups) | {Rate(pg)} | {Rate(lite)} | {Median("pg raw") / pg:0.00} | {Median("sqlite raw") / lite:0.00} |");
    }

    Console.WriteLine($"| raw bulk load (psql \\copy CSV / one prepared INSERT transaction) | {Rate(Median("pg raw"))} | {Rate(Median("sqlite raw"))} | 1 | 1 |");

    void Add(string name, TimeSpan elapsed)
    {
        if (!ingest.TryGetValue(name, out var list))
        {
            ingest[name] = list = [];
        }

        list.Add(elapsed);
    }

    TimeSpan Median(string name)
    {
        var sorted = ingest[name].Order().ToList();
        return sorted[sorted.Count / 2];
    }

    var queryRows = (long)queryDays * 86_400;
    Console.WriteLine();
    Console.WriteLine($"Loading {queryRows:N0} samples (1 s, {queryDays} days, one point) for the query benchmark...");
    await using var queryData = NpgsqlDataSource.Create(await MigratedPostgresAsync("query"));
    var pgStore = new PostgresHistoryStore(queryData);
    var sqliteStore = new SqliteHistoryStore(await MigratedSqliteAsync("query.db"));
    var loadPg = await LoadSeriesAsync(pgStore, queryRows);
    await using (var analyze = queryData.CreateCommand("ANALYZE"))
    {
        await analyze.ExecuteNonQueryAsync();
    }

    var loadSqlite = await LoadSeriesAsync(sqliteStore, queryRows);
    Console.WriteLine($"loaded in {loadPg.TotalSeconds:0.0} s (PostgreSQL), {loadSqlite.TotalSeconds:0.0} s (SQLite)");
    Console.WriteLine();
    Console.WriteLine("| history query, one point, 1,000 points out | PostgreSQL median (p95) | SQLite median (p95) |");
    Console.WriteLine("|---|---:|---:|");
    var end = queryStart.AddDays(queryDays);
    foreach (var (label, from, repeat) in new[]
             {
                 ($"{queryDays} days", queryStart, 30),
                 ("7 days", end.AddDays(-7), 30),
                 ("6 h", end.AddHours(-6), 30),
             })
    {
        var pg = await QueryAsync(pgStore, from, end, repeat);
        var lite = await QueryAsync(sqliteStore, from, end, repeat);
        Console.WriteLine($"| {label} (from {pg.Source}) | {pg.Median:0.0} ms ({pg.P95:0.0}) | {lite.Median:0.0} ms ({lite.P95:0.0}) |");
    }

    var rawPg = await RawDownsampleAsync(pgStore, queryStart, end);
    var rawLite = await RawDownsampleAsync(sqliteStore, queryStart, end);
    Console.WriteLine($"| {queryDays} days from raw samples ({queryRows:N0} rows, what rollups avoid) | {rawPg.Median:0} ms ({rawPg.P95:0}) | {rawLite.Median:0} ms ({rawLite.P95:0}) |");
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(work, recursive: true);
}

return 0;

async Task<TimeSpan> PsqlCopyAsync(string csv, int run)
{
    var connectionString = await MigratedPostgresAsync($"ingest_raw_{run}");
    await using (var dataSource = NpgsqlDataSource.Create(connectionString))
    {
        await PrepareDaysAsync(new PostgresHistoryStore(dataSource));
    }

    var clock = Stopwatch.StartNew();
    await ThrowawayPostgres.RunAsync("/bin/sh",
    [
        "-c", $"psql 'host=127.0.0.1 port={postgres.Port} user=hmi dbname=ingest_raw_{run}' -v ON_ERROR_STOP=1 -q " +
              "-c '\\copy historian.history_samples (point_id, time, value, quality) from stdin with (format csv)' < " + csv,
    ]);
    return clock.Elapsed;
}

async Task<TimeSpan> IngestThroughHistorianAsync(IHistoryStore store, int batchSize, int run)
{
    var options = new HistorianOptions { BatchSize = batchSize, QueueCapacity = 100_000, FlushInterval = TimeSpan.FromMilliseconds(200) };
    using var writer = new HistorianWriter(store, options, Path.Combine(work, $"spill-{run}-{Guid.NewGuid():N}"), new HistorianMetrics(meters), TimeProvider.System, NullLogger<HistorianWriter>.Instance);
    await writer.StartAsync(CancellationToken.None);
    var clock = Stopwatch.StartNew();
    for (var i = 0; i < rows.Length; i += 1_000)
    {
        await writer.WriteAsync(rows.AsMemory(i, Math.Min(1_000, rows.Length - i)), CancellationToken.None);
    }

    while (writer.WrittenSamples < rows.Length)
    {
        await Task.Delay(1);
    }

    var elapsed = clock.Elapsed;
    await writer.StopAsync(CancellationToken.None);
    return elapsed;
}

async Task<TimeSpan> RawSqliteInsertAsync(string connectionString)
{
    var clock = Stopwatch.StartNew();
    await using var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync();
    await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
    await using var insert = connection.CreateCommand();
    insert.Transaction = transaction;
    insert.CommandText = "INSERT INTO history_samples (point_id, time, value, quality) VALUES ($p, $t, $v, $q)";
    var (p, t, v, q) = (insert.Parameters.Add("$p", SqliteType.Integer), insert.Parameters.Add("$t", SqliteType.Integer), insert.Parameters.Add("$v", SqliteType.Real), insert.Parameters.Add("$q", SqliteType.Integer));
    insert.Prepare();
    foreach (var row in rows)
    {
        (p.Value, t.Value, v.Value, q.Value) = (row.PointId, HistoryTime.ToMicros(row.Timestamp), row.Value!.Value, (int)row.Quality);
        insert.ExecuteNonQuery();
    }

    await transaction.CommitAsync();
    return clock.Elapsed;
}

async Task PrepareDaysAsync(IHistoryStore store) =>
    await store.EnsureStorageAsync(HistoryTime.ToMicros(rows[0].Timestamp), HistoryTime.ToMicros(rows[^1].Timestamp), CancellationToken.None);

async Task WriteCsvAsync(string path)
{
    await using var file = new StreamWriter(path);
    foreach (var row in rows)
    {
        await file.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"{row.PointId},{HistoryTime.ToMicros(row.Timestamp)},{row.Value!.Value:R},{(int)row.Quality}\n"));
    }
}

async Task<TimeSpan> LoadSeriesAsync(IHistoryStore store, long count)
{
    var clock = Stopwatch.StartNew();
    await store.EnsureStorageAsync(HistoryTime.ToMicros(queryStart), HistoryTime.ToMicros(queryStart.AddSeconds(count)), CancellationToken.None);
    const int batch = 50_000;
    var buffer = new PointSample[batch];
    for (long i = 0; i < count; i += batch)
    {
        var n = (int)Math.Min(batch, count - i);
        for (var k = 0; k < n; k++)
        {
            var s = i + k;
            buffer[k] = new PointSample(1, queryStart.AddSeconds(s), 50 + (20 * Math.Sin(s / 3600.0)) + (s % 97 == 0 ? 15 : 0), QualityStatus.Good);
        }

        await store.WriteAsync(new ArraySegment<PointSample>(buffer, 0, n), false, CancellationToken.None);
    }

    return clock.Elapsed;
}

async Task<(double Median, double P95, string Source)> QueryAsync(IHistoryStore store, DateTimeOffset from, DateTimeOffset to, int repeat)
{
    var reader = new HistoryReader(store);
    var times = new List<double>();
    var source = "";
    for (var i = 0; i < repeat + 3; i++)
    {
        var clock = Stopwatch.StartNew();
        var series = await reader.DownsampleAsync(1, HistoryTime.ToMicros(from), HistoryTime.ToMicros(to), 1000, CancellationToken.None);
        if (series.Points.Count is 0 or > 1000)
        {
            throw new InvalidOperationException($"Query gave {series.Points.Count} points.");
        }

        if (i >= 3)
        {
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        source = series.Source switch { HistorySource.Hour => "1-hour rollups", HistorySource.Minute => "1-minute rollups", _ => $"raw samples, {series.Points.Count} points" };
    }

    var (median, p95) = Percentiles(times);
    return (median, p95, source);
}

async Task<(double Median, double P95)> RawDownsampleAsync(IHistoryStore store, DateTimeOffset from, DateTimeOffset to)
{
    var times = new List<double>();
    for (var i = 0; i < 4; i++)
    {
        var clock = Stopwatch.StartNew();
        var downsampler = new MinMaxDownsampler(HistoryTime.ToMicros(from), HistoryTime.ToMicros(to), 1000);
        await foreach (var sample in store.ReadAsync(1, HistoryTime.ToMicros(from), HistoryTime.ToMicros(to), null, CancellationToken.None))
        {
            downsampler.Add(HistoryTime.ToMicros(sample.Timestamp), sample.Value!.Value);
        }

        if (i >= 1)
        {
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
    }

    return Percentiles(times);
}

async Task<string> MigratedPostgresAsync(string name)
{
    var connectionString = await postgres.CreateDatabaseAsync(name);
    await using var db = new PostgresHmiDbContext(new DbContextOptionsBuilder<PostgresHmiDbContext>()
        .UseNpgsql(connectionString).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options);
    await db.Database.MigrateAsync();
    return connectionString;
}

async Task<string> MigratedSqliteAsync(string file)
{
    var connectionString = $"Data Source={Path.Combine(work, file)}";
    await using var db = new SqliteHmiDbContext(new DbContextOptionsBuilder<SqliteHmiDbContext>()
        .UseSqlite(connectionString).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options);
    await db.Database.MigrateAsync();
    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    return connectionString;
}

static (double Median, double P95) Percentiles(List<double> times)
{
    times.Sort();
    return (times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)]);
}

string Rate(TimeSpan elapsed) => (rows.Length / elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);

static PointSample[] Rows(int count, int points)
{
    var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    return Enumerable.Range(0, count)
        .Select(i => new PointSample((i % points) + 1, start.AddSeconds(i / points), Math.Round(20 + (10 * Math.Sin(i / 1000.0)), 3), QualityStatus.Good))
        .ToArray();
}

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
