using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Live;

namespace HmiApp.Tests.Acquisition;

public sealed class LiveValueBroadcasterTests
{
    [Fact]
    public async Task Many_changes_between_ticks_reach_a_subscriber_as_one_batch_with_the_latest_values()
    {
        var (_, values, broadcaster) = AcquisitionFixtures.Engine(TimeProvider.System);
        var batches = new List<IReadOnlyList<PointSnapshot>>();
        using var subscription = broadcaster.Subscribe([1, 2], batch =>
        {
            batches.Add(batch);
            return Task.CompletedTask;
        });

        for (var i = 0; i < 100; i++)
        {
            values.Set(new PointSnapshot(1, PointValue.FromNumber(i), Quality.Good, DateTimeOffset.UnixEpoch, null));
            values.Set(new PointSnapshot(3, PointValue.FromNumber(i), Quality.Good, DateTimeOffset.UnixEpoch, null));
        }

        await broadcaster.FlushAsync();
        await broadcaster.FlushAsync();

        var batch = Assert.Single(batches);
        var snapshot = Assert.Single(batch);
        Assert.Equal((1L, 99.0), (snapshot.PointId, snapshot.Value.Number));
    }

    [Fact]
    public async Task Subscriptions_of_circuits_that_go_away_are_removed_and_get_nothing_more()
    {
        var (_, values, broadcaster) = AcquisitionFixtures.Engine(TimeProvider.System);
        var delivered = 0;
        var subscriptions = Enumerable.Range(0, 1000)
            .Select(i => broadcaster.Subscribe([i % 10, 500 + i], _ =>
            {
                Interlocked.Increment(ref delivered);
                return Task.CompletedTask;
            }))
            .ToList();
        Assert.Equal(1000, broadcaster.SubscriptionCount);

        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
            subscription.Dispose();
        }

        values.Set(new PointSnapshot(1, PointValue.FromNumber(1), Quality.Good, DateTimeOffset.UnixEpoch, null));
        await broadcaster.FlushAsync();
        Assert.Equal(0, broadcaster.SubscriptionCount);
        Assert.Equal(0, delivered);
    }

    [Fact]
    public async Task A_subscriber_still_busy_with_its_last_batch_is_skipped_not_queued()
    {
        var (_, values, broadcaster) = AcquisitionFixtures.Engine(TimeProvider.System);
        var release = new TaskCompletionSource();
        var calls = 0;
        using var subscription = broadcaster.Subscribe([1], async _ =>
        {
            Interlocked.Increment(ref calls);
            await release.Task;
        });

        values.Set(new PointSnapshot(1, PointValue.FromNumber(1), Quality.Good, DateTimeOffset.UnixEpoch, null));
        var first = broadcaster.FlushAsync();
        values.Set(new PointSnapshot(1, PointValue.FromNumber(2), Quality.Good, DateTimeOffset.UnixEpoch, null));
        await broadcaster.FlushAsync().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, calls);

        release.SetResult();
        await first;
        await broadcaster.FlushAsync();
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_change_goes_out_at_once_when_the_subscription_has_budget_not_at_the_next_tick()
    {
        // One batch every 10 s: a tick-driven broadcaster would hold the first change for up to 10 s.
        var (_, values, broadcaster) = AcquisitionFixtures.Engine(TimeProvider.System, new AcquisitionOptions { BroadcastRateHz = 0.1 });
        var batches = new List<IReadOnlyList<PointSnapshot>>();
        using var subscription = broadcaster.Subscribe([1, 2], batch =>
        {
            lock (batches)
            {
                batches.Add(batch);
            }

            return Task.CompletedTask;
        });
        await broadcaster.StartAsync(CancellationToken.None);
        try
        {
            values.Set(new PointSnapshot(1, PointValue.FromNumber(1), Quality.Good, DateTimeOffset.UtcNow, null));
            values.Set(new PointSnapshot(2, PointValue.FromNumber(2), Quality.Good, DateTimeOffset.UtcNow, null));

            await Eventually.HoldsAsync(() => { lock (batches) { return batches.Count == 1; } }, TimeSpan.FromSeconds(3), "the first change delivered before the 10 s tick");
            Assert.Equal([1L, 2L], batches[0].Select(s => s.PointId).Order());
        }
        finally
        {
            await broadcaster.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Changes_after_the_budget_is_spent_are_coalesced_into_the_next_batch()
    {
        var (_, values, broadcaster) = AcquisitionFixtures.Engine(TimeProvider.System, new AcquisitionOptions { BroadcastRateHz = 2 });
        var batches = new List<IReadOnlyList<PointSnapshot>>();
        using var subscription = broadcaster.Subscribe([1], batch =>
        {
            lock (batches)
            {
                batches.Add(batch);
            }

            return Task.CompletedTask;
        });
        await broadcaster.StartAsync(CancellationToken.None);
        try
        {
            // 2 tokens: the first two changes go out one by one, the next 50 wait and arrive as one batch with the latest.
            for (var i = 1; i <= 52; i++)
            {
                values.Set(new PointSnapshot(1, PointValue.FromNumber(i), Quality.Good, DateTimeOffset.UtcNow, null));
                if (i <= 2)
                {
                    await Eventually.HoldsAsync(() => { lock (batches) { return batches.Count == i; } }, TimeSpan.FromSeconds(3), $"batch {i} sent at once");
                }
            }

            await Eventually.HoldsAsync(() => { lock (batches) { return batches.Count == 3; } }, TimeSpan.FromSeconds(5), "the coalesced batch after the next token");
            Assert.Equal(52.0, Assert.Single(batches[2]).Value.Number);
        }
        finally
        {
            await broadcaster.StopAsync(CancellationToken.None);
        }
    }
}
