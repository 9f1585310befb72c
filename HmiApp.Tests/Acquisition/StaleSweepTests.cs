using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition.Live;

namespace HmiApp.Tests.Acquisition;

public sealed class StaleSweepTests
{
    [Fact]
    public async Task A_good_value_with_no_fresh_read_for_two_periods_turns_uncertain_and_keeps_its_value()
    {
        var time = new ManualTime(new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero));
        var (engine, values, _) = AcquisitionFixtures.Engine(time);
        await engine.ApplyAsync(AcquisitionFixtures.Map(port: 5020, periodMs: 1000), CancellationToken.None);
        var read = time.GetUtcNow();
        values.Set(new PointSnapshot(1, PointValue.FromNumber(12.5), Quality.Good, read, read));

        time.Advance(TimeSpan.FromMilliseconds(1999));
        engine.SweepStale();
        Assert.Equal(QualityStatus.Good, values.Get(1)!.Quality.Status);

        time.Advance(TimeSpan.FromMilliseconds(2));
        engine.SweepStale();
        var stale = values.Get(1)!;
        Assert.Equal(QualityStatus.Uncertain, stale.Quality.Status);
        Assert.Contains("no fresh read for 2 s", stale.Quality.Reason, StringComparison.Ordinal);
        Assert.Equal(12.5, stale.Value.Number);
        Assert.Equal(read, stale.Timestamp);
        await engine.DisposeAsync();
    }
}
