namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// Min/max downsampling (the M4 family without first/last): [from, to) is cut into maxPoints/2 equal
/// buckets and each bucket keeps its lowest and highest value with their times, emitted in time order.
/// Peaks survive, which averaging would flatten; the result has at most maxPoints points.
/// </summary>
public sealed class MinMaxDownsampler
{
    private readonly long from;
    private readonly long width;
    private readonly Extreme[] minima;
    private readonly Extreme[] maxima;

    public MinMaxDownsampler(long from, long to, int maxPoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPoints, 2);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(to, from);
        this.from = from;
        var buckets = maxPoints / 2;
        width = Math.Max(1, (to - from + buckets - 1) / buckets);
        minima = new Extreme[buckets];
        maxima = new Extreme[buckets];
        BucketWidth = width;
    }

    /// <summary>Microseconds per bucket.</summary>
    public long BucketWidth { get; }

    public void Add(long time, double value)
    {
        if (time < from)
        {
            return;
        }

        var offset = (time - from) / width;
        if (offset >= minima.Length)
        {
            return;
        }

        var bucket = (int)offset;
        ref var min = ref minima[bucket];
        if (!min.Set || value < min.Value)
        {
            min = new Extreme(time, value, true);
        }

        ref var max = ref maxima[bucket];
        if (!max.Set || value > max.Value)
        {
            max = new Extreme(time, value, true);
        }
    }

    public IReadOnlyList<SeriesPoint> Points()
    {
        var points = new List<SeriesPoint>();
        for (var i = 0; i < minima.Length; i++)
        {
            var (min, max) = (minima[i], maxima[i]);
            if (!min.Set)
            {
                continue;
            }

            if (min.Time == max.Time)
            {
                points.Add(new SeriesPoint(min.Time, min.Value));
                continue;
            }

            var (first, second) = min.Time < max.Time ? (min, max) : (max, min);
            points.Add(new SeriesPoint(first.Time, first.Value));
            points.Add(new SeriesPoint(second.Time, second.Value));
        }

        return points;
    }

    private readonly record struct Extreme(long Time, double Value, bool Set);
}
