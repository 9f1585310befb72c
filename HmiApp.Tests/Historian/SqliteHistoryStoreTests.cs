using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Historian;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Historian;

[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class SqliteHistoryStoreTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("hmi-hist-").FullName;
    private SqliteHistoryStore store = null!;

    public async Task InitializeAsync() => store = new SqliteHistoryStore(await HistorianDatabases.MigratedSqliteAsync(directory));

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_batch_reads_back_in_time_order_with_values_and_quality()
    {
        var written = Samples.Series(7, Samples.Start, 50, TimeSpan.FromMilliseconds(1500), i => i % 10 == 3 ? null : i * 0.5);
        await store.WriteAsync(written.Reverse().ToArray(), mayRepeat: false, CancellationToken.None);

        var read = await ReadAllAsync(7);

        Assert.Equal(written, read);
        Assert.Empty(await ReadAllAsync(8));
    }

    [Fact]
    public async Task Rollups_hold_min_max_with_times_sum_count_and_last_across_batches()
    {
        // Two batches land in the same minute: the rollup must merge them, not overwrite.
        var start = Samples.Start.AddMinutes(5);
        await store.WriteAsync([new(1, start.AddSeconds(10), 5, QualityStatus.Good), new(1, start.AddSeconds(20), -2, QualityStatus.Good)], false, default);
        await store.WriteAsync([new(1, start.AddSeconds(30), 9, QualityStatus.Good), new(1, start.AddSeconds(5), 1, QualityStatus.Good), new(1, start.AddSeconds(40), null, QualityStatus.Bad)], false, default);

        var minute = Assert.Single(await RollupsAsync(1, HistorianSchema.Minute));
        Assert.Equal(HistoryTime.ToMicros(start), minute.BucketStart);
        Assert.Equal((-2.0, HistoryTime.ToMicros(start.AddSeconds(20))), (minute.Min, minute.MinTime));
        Assert.Equal((9.0, HistoryTime.ToMicros(start.AddSeconds(30))), (minute.Max, minute.MaxTime));
        Assert.Equal((13.0, 4L), (minute.Sum, minute.Count));
        Assert.Equal((9.0, HistoryTime.ToMicros(start.AddSeconds(30))), (minute.Last, minute.LastTime));
        var hour = Assert.Single(await RollupsAsync(1, HistorianSchema.Hour));
        Assert.Equal((minute.Min, minute.Max, minute.Sum, minute.Count), (hour.Min, hour.Max, hour.Sum, hour.Count));
    }

    [Fact]
    public async Task A_repeated_batch_changes_neither_samples_nor_rollups()
    {
        var batch = Samples.Series(3, Samples.Start, 120, TimeSpan.FromSeconds(1));
        await store.WriteAsync(batch, mayRepeat: false, default);
        var before = await RollupsAsync(3, HistorianSchema.Minute);

        await store.WriteAsync(batch, mayRepeat: true, default);
        await store.WriteAsync(batch.Take(10).ToArray(), mayRepeat: false, default);

        Assert.Equal(batch, await ReadAllAsync(3));
        var after = await RollupsAsync(3, HistorianSchema.Minute);
        Assert.Equal(before.Select(r => (r.Count, r.Sum)), after.Select(r => (r.Count, r.Sum)));
        Assert.Equal([60L, 60L], after.Select(r => r.Count));
    }

    [Fact]
    public async Task Retention_deletes_per_point_cutoff_and_keeps_the_rest()
    {
        await store.WriteAsync(Samples.Series(1, Samples.Start, 48, TimeSpan.FromHours(1)), false, default);
        await store.WriteAsync(Samples.Series(2, Samples.Start, 48, TimeSpan.FromHours(1)), false, default);
        var dayTwo = HistoryTime.ToMicros(Samples.Start.AddDays(1));
        var hourForty = HistoryTime.ToMicros(Samples.Start.AddHours(40));

        var outcome = await store.ApplyRetentionAsync(new RetentionPlan(dayTwo, new Dictionary<long, long> { [2] = hourForty }), default);

        Assert.Equal(24 + 40, outcome.DeletedSamples);
        Assert.Equal(Samples.Start.AddDays(1), (await ReadAllAsync(1)).First().Timestamp);
        Assert.Equal(Samples.Start.AddHours(40), (await ReadAllAsync(2)).First().Timestamp);
        Assert.Equal(24, (await RollupsAsync(1, HistorianSchema.Hour)).Count);
        Assert.Equal(8, (await RollupsAsync(2, HistorianSchema.Hour)).Count);
    }

    [Fact]
    public async Task Keyset_pages_cover_the_range_once_even_when_samples_arrive_behind_the_cursor()
    {
        await store.WriteAsync(Samples.Series(5, Samples.Start, 1000, TimeSpan.FromSeconds(1)), false, default);
        var reader = new HistoryReader(store);
        var (from, to) = (HistoryTime.ToMicros(Samples.Start), HistoryTime.ToMicros(Samples.Start.AddHours(1)));

        var seen = new List<PointSample>();
        long? cursor = null;
        var pages = 0;
        do
        {
            var page = await reader.ReadPageAsync(5, from, to, cursor, 300, default);
            seen.AddRange(page.Samples);
            cursor = page.NextCursor;
            pages++;
            if (pages == 1)
            {
                // A late sample before the cursor must not shift later pages.
                await store.WriteAsync([new PointSample(5, Samples.Start.AddMilliseconds(500), 42, QualityStatus.Good)], false, default);
            }
        }
        while (cursor is not null);

        Assert.Equal(4, pages);
        Assert.Equal(Enumerable.Range(0, 1000).Select(i => (double?)i), seen.Select(s => s.Value));
    }

    [Fact]
    public async Task A_long_range_is_downsampled_from_rollups_keeping_the_peak()
    {
        // Three days at one sample per 10 s, one spike of 1000.
        var series = Samples.Series(9, Samples.Start, 3 * 8640, TimeSpan.FromSeconds(10), i => i == 12345 ? 1000 : Math.Sin(i / 100.0));
        foreach (var chunk in series.Chunk(5000))
        {
            await store.WriteAsync(chunk, false, default);
        }

        var reader = new HistoryReader(store);
        var series3d = await reader.DownsampleAsync(9, HistoryTime.ToMicros(Samples.Start), HistoryTime.ToMicros(Samples.Start.AddDays(3)), 200, default);

        Assert.Equal(HistorySource.Minute, series3d.Source);
        Assert.InRange(series3d.Points.Count, 150, 200);
        Assert.Contains(series3d.Points, p => p.Value == 1000 && p.Time == HistoryTime.ToMicros(series[12345].Timestamp));
        Assert.Equal(series3d.Points.OrderBy(p => p.Time), series3d.Points);
    }

    private async Task<List<PointSample>> ReadAllAsync(long point)
    {
        var list = new List<PointSample>();
        await foreach (var s in store.ReadAsync(point, long.MinValue, long.MaxValue, null, default))
        {
            list.Add(s);
        }

        return list;
    }

    private async Task<List<StoredRollup>> RollupsAsync(long point, int resolution)
    {
        var list = new List<StoredRollup>();
        await foreach (var r in store.ReadRollupsAsync(point, resolution, long.MinValue, long.MaxValue, default))
        {
            list.Add(r);
        }

        return list;
    }
}
