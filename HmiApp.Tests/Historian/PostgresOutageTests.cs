using System.Diagnostics.Metrics;
using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Historian;
using HmiApp.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmiApp.Tests.Historian;

/// <summary>
/// The real thing: PostgreSQL is stopped for 60 s while acquisition keeps writing 1,000 samples/s, then
/// started again. Every sample must end up in the database exactly once. Slow by design (about 75 s).
/// </summary>
[Trait(TestCategory.Key, TestCategory.PostgreSql)]
[Collection(PostgresCollection.Name)]
public sealed class PostgresOutageTests(PostgresServer postgres) : IDisposable
{
    private const int Points = 10;
    private readonly string spillDirectory = Directory.CreateTempSubdirectory("hmi-outage-").FullName;

    [Fact]
    public async Task No_sample_is_lost_or_doubled_when_the_database_is_down_for_a_minute_during_continuous_writes()
    {
        await using var dataSource = HistorianDatabases.DataSource(await HistorianDatabases.MigratedPostgresAsync(postgres, "outage"));
        var store = new PostgresHistoryStore(dataSource);
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var options = new HistorianOptions { BatchSize = 500, QueueCapacity = 10_000, MemoryBufferSamples = 20_000, FlushInterval = TimeSpan.FromMilliseconds(100) };
        using var writer = new HistorianWriter(store, options, spillDirectory, new HistorianMetrics(services.GetRequiredService<IMeterFactory>()), TimeProvider.System, NullLogger<HistorianWriter>.Instance);
        await writer.StartAsync(default);

        var produced = new List<PointSample>();
        var maxSpilled = 0L;
        using var stop = new CancellationTokenSource();
        var start = new DateTimeOffset(DateTimeOffset.UtcNow.Ticks / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        var producer = Task.Run(async () =>
        {
            // 10 points every 10 ms; sample k is k milliseconds after start, so times are unique per point.
            for (var k = 0; !stop.IsCancellationRequested; k++)
            {
                var tick = Enumerable.Range(1, Points).Select(p => new PointSample(p, start.AddMilliseconds(k), (k * 0.5) + p, QualityStatus.Good)).ToArray();
                await writer.WriteAsync(tick, default);
                produced.AddRange(tick);
                maxSpilled = Math.Max(maxSpilled, SpillLength());
                await Task.Delay(10);
            }
        });

        await Eventually.HoldsAsync(async () => await CountAsync(store) > 1000, TimeSpan.FromSeconds(30), "writes flowing before the outage");
        await postgres.StopAsync();
        var producedAtStop = produced.Count;
        await Task.Delay(TimeSpan.FromSeconds(60));
        var producedDuringOutage = produced.Count - producedAtStop;
        await postgres.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await stop.CancelAsync();
        await producer;

        await Eventually.HoldsAsync(() => writer.BufferedSamples == 0, TimeSpan.FromSeconds(60), "backlog written after the database returned");
        await writer.StopAsync(default);

        Assert.True(producedDuringOutage > options.MemoryBufferSamples, $"only {producedDuringOutage} samples during the outage; the spill file was not exercised");
        Assert.True(maxSpilled > 0, "the spill file was never used");
        Assert.Equal(0, SpillLength());
        var stored = new List<PointSample>();
        for (var p = 1; p <= Points; p++)
        {
            await foreach (var s in store.ReadAsync(p, long.MinValue, long.MaxValue, null, default))
            {
                stored.Add(s);
            }
        }

        Assert.Equal(produced.Count, stored.Count);
        Assert.True(produced.ToHashSet().SetEquals(stored), "stored samples differ from those produced");

        // The rollups saw every sample exactly once as well.
        long rolled = 0;
        for (var p = 1; p <= Points; p++)
        {
            await foreach (var r in store.ReadRollupsAsync(p, HistorianSchema.Hour, long.MinValue, long.MaxValue, default))
            {
                rolled += r.Count;
            }
        }

        Assert.Equal(produced.Count, rolled);
    }

    public void Dispose() => Directory.Delete(spillDirectory, recursive: true);

    private long SpillLength()
    {
        var file = new FileInfo(Path.Combine(spillDirectory, SpillFile.FileName));
        return file.Exists ? file.Length : 0;
    }

    private static async Task<long> CountAsync(PostgresHistoryStore store)
    {
        long count = 0;
        await foreach (var _ in store.ReadAsync(1, long.MinValue, long.MaxValue, null, default))
        {
            count++;
        }

        return count * Points;
    }
}
