using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HmiApp.Tests.Live;

public sealed class LivePointSetTests
{
    [Fact]
    public async Task Changes_of_many_points_arrive_as_one_batch_and_disposal_ends_the_subscription()
    {
        var broadcaster = new LiveValueBroadcaster(Options.Create(new AcquisitionOptions()), TimeProvider.System, NullLogger<LiveValueBroadcaster>.Instance);
        var values = new CurrentValueTable(broadcaster);
        var batches = new List<IReadOnlyList<PointSnapshot>>();
        var set = new LivePointSet(broadcaster, values, TimeProvider.System, [1, 2, 3], batch =>
        {
            batches.Add(batch);
            return Task.CompletedTask;
        });

        for (var round = 0; round < 5; round++)
        {
            foreach (var id in new long[] { 1, 2, 3, 4 })
            {
                values.Set(new PointSnapshot(id, PointValue.FromNumber(round), Quality.Good, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
            }
        }

        await broadcaster.FlushAsync();

        var batch = Assert.Single(batches);
        Assert.Equal([1L, 2L, 3L], batch.Select(s => s.PointId).Order());
        Assert.All(batch, s => Assert.Equal(4.0, s.Value.Number));
        Assert.Equal(1, broadcaster.SubscriptionCount);

        set.Dispose();
        Assert.Equal(0, broadcaster.SubscriptionCount);
    }
}
