using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Historian;
using HmiApp.Tests.TestSupport;
using Npgsql;

namespace HmiApp.Tests.Historian;

[Trait(TestCategory.Key, TestCategory.PostgreSql)]
[Collection(PostgresCollection.Name)]
public sealed class PostgresHistoryStoreTests(PostgresServer postgres) : IAsyncLifetime
{
    private NpgsqlDataSource dataSource = null!;
    private PostgresHistoryStore store = null!;

    public async Task InitializeAsync()
    {
        dataSource = HistorianDatabases.DataSource(await HistorianDatabases.MigratedPostgresAsync(postgres, "hist"));
        store = new PostgresHistoryStore(dataSource);
    }

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    [Fact]
    public async Task The_migration_makes_a_table_partitioned_by_time_with_brin_and_point_time_indexes()
    {
        Assert.Equal("p", await ScalarAsync<string>("SELECT relkind::text FROM pg_class WHERE oid = 'historian.history_samples'::regclass"));
        Assert.Equal("RANGE (\"time\")", await ScalarAsync<string>("SELECT pg_get_partkeydef('historian.history_samples'::regclass)"));
        var indexes = await ScalarAsync<string>("SELECT string_agg(indexdef, ' | ') FROM pg_indexes WHERE schemaname = 'historian' AND tablename = 'history_samples'");
        Assert.Contains("USING brin (\"time\")", indexes);
        Assert.Contains("USING btree (point_id, \"time\")", indexes);
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text LIKE 'historian.%'"));
    }

    [Fact]
    public async Task A_batch_spanning_days_goes_in_by_copy_into_daily_partitions_created_on_demand()
    {
        var written = Samples.Series(11, Samples.Start.AddHours(-2), 100, TimeSpan.FromHours(1), i => i % 9 == 0 ? null : i * 1.5);
        await store.WriteAsync(written, mayRepeat: false, default);

        Assert.Equal(written, await ReadAllAsync(11));
        var partitions = await store.ListPartitionsAsync(default);
        Assert.Equal(
            ["history_samples_p20261119", "history_samples_p20261120", "history_samples_p20261121", "history_samples_p20261122", "history_samples_p20261123", "history_samples_p20261124"],
            partitions.Select(p => p.Name));
        Assert.Equal(2L, await ScalarAsync<long>("SELECT count(*) FROM historian.history_samples_p20261119"));
    }

    [Fact]
    public async Task A_repeated_batch_is_skipped_row_by_row_and_rollups_are_not_counted_twice()
    {
        var batch = Samples.Series(12, Samples.Start, 180, TimeSpan.FromSeconds(1));
        await store.WriteAsync(batch.Take(100).ToArray(), mayRepeat: false, default);

        // The first 100 are stored already; a plain COPY would fail on them.
        await Assert.ThrowsAsync<PostgresException>(() => store.WriteAsync(batch, mayRepeat: false, default));
        await store.WriteAsync(batch, mayRepeat: true, default);
        await store.WriteAsync(batch, mayRepeat: true, default);

        Assert.Equal(batch, await ReadAllAsync(12));
        var minutes = await RollupsAsync(12, HistorianSchema.Minute);
        Assert.Equal([60L, 60L, 60L], minutes.Select(r => r.Count));
        Assert.Equal(Enumerable.Range(0, 60).Sum(), minutes[0].Sum);
        Assert.Equal((179.0, HistoryTime.ToMicros(batch[^1].Timestamp)), (minutes[2].Last, minutes[2].LastTime));
    }

    [Fact]
    public async Task Retention_drops_whole_partitions_past_the_longest_retention_and_deletes_shorter_ones_by_row()
    {
        // Four days of two points; point 22 keeps only from day three on, the default from day two on.
        await store.WriteAsync(Samples.Series(21, Samples.Start, 96, TimeSpan.FromHours(1)), false, default);
        await store.WriteAsync(Samples.Series(22, Samples.Start, 96, TimeSpan.FromHours(1)), false, default);
        var dayTwo = HistoryTime.ToMicros(Samples.Start.AddDays(1));
        var dayThree = HistoryTime.ToMicros(Samples.Start.AddDays(2));

        var outcome = await store.ApplyRetentionAsync(new RetentionPlan(dayTwo, new Dictionary<long, long> { [22] = dayThree }), default);

        Assert.Equal(["history_samples_p20261120"], outcome.DroppedPartitions);
        Assert.Equal(24, outcome.DeletedSamples);
        Assert.Equal(72, (await ReadAllAsync(21)).Count);
        Assert.Equal(Samples.Start.AddDays(2), (await ReadAllAsync(22))[0].Timestamp);
        Assert.Equal(48, (await RollupsAsync(22, HistorianSchema.Hour)).Count);
    }

    [Fact]
    public async Task Maintenance_creates_partitions_ahead_of_today()
    {
        var today = DateTimeOffset.UtcNow.Date;
        var maintenance = new HistorianMaintenance(store, new InMemoryPointCatalog(), new HistorianOptions { PartitionDaysAhead = 3 }, TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<HistorianMaintenance>.Instance);

        await maintenance.RunOnceAsync(default);

        var names = (await store.ListPartitionsAsync(default)).Select(p => p.Name).ToList();
        for (var day = -1; day <= 3; day++)
        {
            Assert.Contains(PostgresHistoryStore.PartitionName(HistoryTime.ToMicros(new DateTimeOffset(today.AddDays(day), TimeSpan.Zero))), names);
        }
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
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
