using System.Diagnostics.Metrics;
using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Historian;
using HmiApp.Tests.TestSupport;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmiApp.Tests.Historian;

[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class HistorianWriterTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("hmi-writer-").FullName;
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private OutageStore store = null!;

    private string SpillDirectory => Path.Combine(directory, "spill");

    public async Task InitializeAsync() => store = new OutageStore(new SqliteHistoryStore(await HistorianDatabases.MigratedSqliteAsync(directory)));

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Samples_are_written_in_batches_no_larger_than_the_batch_size()
    {
        using var writer = CreateWriter(new HistorianOptions { BatchSize = 100, QueueCapacity = 1000, FlushInterval = TimeSpan.FromMilliseconds(50) });
        var batches = new List<int>();
        using var listener = ListenToBatchSizes(batches);
        await writer.StartAsync(default);

        var samples = Samples.Series(1, Samples.Start, 1050, TimeSpan.FromSeconds(1));
        await writer.WriteAsync(samples, default);
        await Eventually.HoldsAsync(async () => (await CountAsync(1)) == 1050, TimeSpan.FromSeconds(20), "all 1050 samples stored");
        await writer.StopAsync(default);

        lock (batches)
        {
            Assert.All(batches, size => Assert.InRange(size, 1, 100));
            Assert.Equal(1050, batches.Sum());
        }
    }

    [Fact]
    public async Task An_outage_fills_memory_then_the_spill_file_and_everything_is_written_in_order_when_the_store_returns()
    {
        using var writer = CreateWriter(new HistorianOptions { BatchSize = 50, QueueCapacity = 500, MemoryBufferSamples = 300, FlushInterval = TimeSpan.FromMilliseconds(20) });
        await writer.StartAsync(default);
        store.Down = true;

        var samples = Samples.Series(2, Samples.Start, 2000, TimeSpan.FromMilliseconds(250));
        foreach (var chunk in samples.Chunk(100))
        {
            await writer.WriteAsync(chunk, default);
        }

        await Eventually.HoldsAsync(() => writer.BufferedSamples == 2000 && new FileInfo(Path.Combine(SpillDirectory, SpillFile.FileName)).Length > 0,
            TimeSpan.FromSeconds(20), "all samples buffered, the overflow in the spill file");
        Assert.True(store.FailedWrites > 0);
        Assert.Equal(0, await CountAsync(2));

        store.Down = false;
        await Eventually.HoldsAsync(() => writer.BufferedSamples == 0, TimeSpan.FromSeconds(30), "backlog drained after the outage");
        await writer.StopAsync(default);

        Assert.Equal(samples, await ReadAllAsync(2));
        Assert.Equal(0, new FileInfo(Path.Combine(SpillDirectory, SpillFile.FileName)).Length);
    }

    [Fact]
    public async Task Samples_still_buffered_at_shutdown_are_spilled_and_written_by_the_next_start()
    {
        var options = new HistorianOptions { BatchSize = 40, QueueCapacity = 400, MemoryBufferSamples = 100, FlushInterval = TimeSpan.FromMilliseconds(20) };
        var samples = Samples.Series(3, Samples.Start, 500, TimeSpan.FromSeconds(1));
        using (var first = CreateWriter(options))
        {
            await first.StartAsync(default);
            store.Down = true;
            await first.WriteAsync(samples, default);
            await Eventually.HoldsAsync(() => first.BufferedSamples == 500, TimeSpan.FromSeconds(20), "all 500 buffered");
            await first.StopAsync(default);
        }

        Assert.Equal(0, await CountAsync(3));
        store.Down = false;
        using var second = CreateWriter(options);
        Assert.Equal(500, second.BufferedSamples);
        await second.StartAsync(default);
        await Eventually.HoldsAsync(() => second.BufferedSamples == 0, TimeSpan.FromSeconds(20), "spill replayed");
        await second.StopAsync(default);

        Assert.Equal(samples, await ReadAllAsync(3));
    }

    [Fact]
    public async Task Readiness_fails_when_the_writer_is_not_running_or_too_much_waits_for_the_database()
    {
        var options = new HistorianOptions { BatchSize = 10, QueueCapacity = 100, ReadyBufferDepth = 50, FlushInterval = TimeSpan.FromMilliseconds(20) };
        using var writer = CreateWriter(options);
        var check = new HistorianReadinessCheck(writer, options);

        Assert.Equal(HealthStatus.Unhealthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
        await writer.StartAsync(default);
        await Eventually.HoldsAsync(() => writer.IsRunning, TimeSpan.FromSeconds(10), "writer running");
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

        store.Down = true;
        await writer.WriteAsync(Samples.Series(4, Samples.Start, 60, TimeSpan.FromSeconds(1)), default);
        await Eventually.HoldsAsync(() => writer.BufferedSamples == 60, TimeSpan.FromSeconds(10), "60 samples waiting");
        var result = await check.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("Historian:ReadyBufferDepth", result.Description);

        store.Down = false;
        await Eventually.HoldsAsync(() => writer.BufferedSamples == 0, TimeSpan.FromSeconds(20), "backlog written");
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
        await writer.StopAsync(default);
    }

    private HistorianWriter CreateWriter(HistorianOptions options) =>
        new(store, options, SpillDirectory, new HistorianMetrics(services.GetRequiredService<IMeterFactory>()), TimeProvider.System, NullLogger<HistorianWriter>.Instance);

    private MeterListener ListenToBatchSizes(List<int> sizes)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == "hmi.historian.batch.size" && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<int>((_, value, _, _) => { lock (sizes) { sizes.Add(value); } });
        listener.Start();
        return listener;
    }

    private async Task<int> CountAsync(long point) => (await ReadAllAsync(point)).Count;

    private async Task<List<PointSample>> ReadAllAsync(long point)
    {
        var list = new List<PointSample>();
        await foreach (var s in store.ReadAsync(point, long.MinValue, long.MaxValue, null, default))
        {
            list.Add(s);
        }

        return list;
    }
}
