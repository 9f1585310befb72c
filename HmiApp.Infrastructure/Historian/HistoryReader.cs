using HmiApp.Domain.Acquisition;

namespace HmiApp.Infrastructure.Historian;

/// <summary>Reads history for answers: raw pages by keyset, downsampled series (from rollups when the range is long), full exports.</summary>
public sealed class HistoryReader(IHistoryStore store)
{
    /// <summary>Ranges longer than this are downsampled from 1-minute rollups rather than raw samples.</summary>
    public static readonly TimeSpan MinuteRollupsFrom = TimeSpan.FromHours(6);

    /// <summary>Ranges longer than this are downsampled from 1-hour rollups.</summary>
    public static readonly TimeSpan HourRollupsFrom = TimeSpan.FromDays(7);

    public async Task<HistoryPage> ReadPageAsync(long pointId, long from, long to, long? after, int limit, CancellationToken cancellationToken)
    {
        var start = after is { } cursor ? Math.Max(from, cursor + 1) : from;
        var samples = new List<PointSample>(Math.Min(limit + 1, 10_000));
        if (start < to)
        {
            await foreach (var sample in store.ReadAsync(pointId, start, to, limit + 1, cancellationToken))
            {
                samples.Add(sample);
            }
        }

        if (samples.Count <= limit)
        {
            return new HistoryPage(samples, null);
        }

        samples.RemoveAt(limit);
        return new HistoryPage(samples, HistoryTime.ToMicros(samples[^1].Timestamp));
    }

    public IAsyncEnumerable<PointSample> ReadAllAsync(long pointId, long from, long to, CancellationToken cancellationToken) =>
        store.ReadAsync(pointId, from, to, null, cancellationToken);

    public async Task<DownsampledSeries> DownsampleAsync(long pointId, long from, long to, int maxPoints, CancellationToken cancellationToken)
    {
        var downsampler = new MinMaxDownsampler(from, to, maxPoints);
        var source = ChooseSource(to - from, downsampler.BucketWidth);
        if (source == HistorySource.Raw)
        {
            await foreach (var sample in store.ReadAsync(pointId, from, to, null, cancellationToken))
            {
                if (sample.Value is { } value)
                {
                    downsampler.Add(HistoryTime.ToMicros(sample.Timestamp), value);
                }
            }
        }
        else
        {
            var resolution = source == HistorySource.Hour ? HistorianSchema.Hour : HistorianSchema.Minute;
            var width = resolution * HistoryTime.MicrosPerSecond;

            // Buckets that start before `from` may still hold samples inside the range; their extremes are
            // kept only when their own time falls inside it.
            await foreach (var rollup in store.ReadRollupsAsync(pointId, resolution, HistoryTime.BucketStart(from, width), to, cancellationToken))
            {
                downsampler.Add(rollup.MinTime, rollup.Min);
                downsampler.Add(rollup.MaxTime, rollup.Max);
            }
        }

        return new DownsampledSeries(source, downsampler.BucketWidth, downsampler.Points());
    }

    /// <summary>
    /// Raw samples up to 6 h; beyond, 1-minute rollups, and beyond 7 days 1-hour rollups when an output
    /// bucket is at least an hour wide. A long range never reads raw samples, however many points are
    /// asked for: the answer then has fewer points than asked, one min and max per rollup bucket.
    /// </summary>
    public static HistorySource ChooseSource(long span, long bucketWidth)
    {
        if (span > HourRollupsFrom.Ticks / 10)
        {
            return bucketWidth >= HistoryTime.MicrosPerHour ? HistorySource.Hour : HistorySource.Minute;
        }

        return span > MinuteRollupsFrom.Ticks / 10 ? HistorySource.Minute : HistorySource.Raw;
    }
}
