using HmiApp.Infrastructure.Historian;

namespace HmiApp.Tests.Historian;

public sealed class MinMaxDownsamplerTests
{
    [Fact]
    public void Each_bucket_gives_its_min_and_max_in_time_order_and_never_more_than_max_points()
    {
        var downsampler = new MinMaxDownsampler(0, 1000, 10);
        for (var t = 0; t < 1000; t++)
        {
            downsampler.Add(t, t % 200 == 150 ? 99 : t % 7);
        }

        var points = downsampler.Points();

        Assert.Equal(10, points.Count);
        Assert.Equal(points.OrderBy(p => p.Time), points);
        Assert.Equal(new SeriesPoint(0, 0), points[0]);
        Assert.Equal(new SeriesPoint(150, 99), points[1]);
    }

    [Fact]
    public void A_bucket_with_one_sample_gives_one_point_and_empty_buckets_none()
    {
        var downsampler = new MinMaxDownsampler(0, 100, 20);
        downsampler.Add(5, 1);
        downsampler.Add(95, 2);
        downsampler.Add(-1, 50);
        downsampler.Add(100, 50);

        Assert.Equal([new SeriesPoint(5, 1), new SeriesPoint(95, 2)], downsampler.Points());
    }

    [Theory]
    [InlineData(6 * 3600L, 1000, HistorySource.Raw)]
    [InlineData(6 * 3600L + 1, 1000, HistorySource.Minute)]
    [InlineData(7 * 86400L, 1000, HistorySource.Minute)]
    [InlineData(30 * 86400L, 1000, HistorySource.Hour)]
    [InlineData(30 * 86400L, 100_000, HistorySource.Minute)]
    [InlineData(1 * 86400L, 100_000, HistorySource.Minute)]
    [InlineData(3600L, 100_000, HistorySource.Raw)]
    public void The_source_follows_the_range_and_hour_rollups_need_hour_wide_buckets(long seconds, int maxPoints, HistorySource expected)
    {
        var span = seconds * HistoryTime.MicrosPerSecond;
        var width = new MinMaxDownsampler(0, span, maxPoints).BucketWidth;
        Assert.Equal(expected, HistoryReader.ChooseSource(span, width));
    }

    [Fact]
    public void Bucket_starts_are_floors_also_before_the_epoch()
    {
        Assert.Equal(-HistoryTime.MicrosPerMinute, HistoryTime.BucketStart(-1, HistoryTime.MicrosPerMinute));
        Assert.Equal(HistoryTime.MicrosPerMinute, HistoryTime.BucketStart(HistoryTime.MicrosPerMinute + 59_999_999, HistoryTime.MicrosPerMinute));
    }
}
