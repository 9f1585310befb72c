using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;

namespace HmiApp.Metrics;

/// <summary>
/// What one instrument has measured so far, one series per distinct tag set: a running sum (counters,
/// up-down counters), the last value (observable instruments, gauges) or bucket counts, sum and count
/// (histograms).
/// </summary>
public sealed class InstrumentSeries
{
    /// <summary>Used when a histogram gives no bucket advice; the Prometheus client libraries' defaults (seconds).</summary>
    public static readonly double[] DefaultBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly ConcurrentDictionary<string, Series> series = new(StringComparer.Ordinal);
    private readonly bool setsValue;

    public InstrumentSeries(Instrument instrument)
    {
        Instrument = instrument;
        var definition = instrument.GetType().GetGenericTypeDefinition();
        Kind = definition == typeof(Histogram<>) ? MetricKind.Histogram
            : definition == typeof(Counter<>) || definition == typeof(ObservableCounter<>) ? MetricKind.Counter
            : MetricKind.Gauge;

        // Observable instruments report their current total or level; Gauge<T> reports a level.
        setsValue = instrument.IsObservable || definition == typeof(Gauge<>);
        Buckets = Kind == MetricKind.Histogram ? AdvisedBuckets(instrument) ?? DefaultBuckets : [];
        Name = PrometheusNames.Metric(instrument.Name, instrument.Unit, Kind);
    }

    public Instrument Instrument { get; }

    public MetricKind Kind { get; }

    public string Name { get; }

    public IReadOnlyList<double> Buckets { get; }

    public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var entry = series.GetOrAdd(Labels(tags), _ => new Series(Buckets.Count));
        lock (entry)
        {
            if (Kind == MetricKind.Histogram)
            {
                var i = 0;
                while (i < Buckets.Count && value > Buckets[i])
                {
                    i++;
                }

                entry.BucketCounts[i]++;
                entry.Count++;
                entry.Value += value;
            }
            else
            {
                entry.Value = setsValue ? value : entry.Value + value;
            }
        }
    }

    /// <summary>Observable instruments are asked afresh at every scrape; a tag set no longer reported disappears.</summary>
    public void ForgetObservations()
    {
        if (Instrument.IsObservable)
        {
            series.Clear();
        }
    }

    /// <summary>Writes this instrument's sample lines (not its HELP and TYPE lines).</summary>
    public void WriteSamples(StringBuilder output)
    {
        foreach (var (labels, entry) in series.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            lock (entry)
            {
                if (Kind != MetricKind.Histogram)
                {
                    output.Append(Name).Append(Braced(labels)).Append(' ').Append(PrometheusNames.Number(entry.Value)).Append('\n');
                    continue;
                }

                var baseName = Name;
                long cumulative = 0;
                for (var i = 0; i <= Buckets.Count; i++)
                {
                    cumulative += entry.BucketCounts[i];
                    var le = i < Buckets.Count ? PrometheusNames.Number(Buckets[i]) : "+Inf";
                    var bucketLabels = labels.Length == 0 ? $"le=\"{le}\"" : $"{labels},le=\"{le}\"";
                    output.Append(baseName).Append("_bucket{").Append(bucketLabels).Append("} ").Append(cumulative).Append('\n');
                }

                output.Append(baseName).Append("_sum").Append(Braced(labels)).Append(' ').Append(PrometheusNames.Number(entry.Value)).Append('\n');
                output.Append(baseName).Append("_count").Append(Braced(labels)).Append(' ').Append(entry.Count).Append('\n');
            }
        }
    }

    private static string Braced(string labels) => labels.Length == 0 ? "" : "{" + labels + "}";

    private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.IsEmpty)
        {
            return "";
        }

        var pairs = new List<(string Key, string Value)>(tags.Length);
        foreach (var tag in tags)
        {
            pairs.Add((PrometheusNames.Label(tag.Key), PrometheusNames.LabelValue(Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "")));
        }

        pairs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return string.Join(",", pairs.Select(p => $"{p.Key}=\"{p.Value}\""));
    }

    private static double[]? AdvisedBuckets(Instrument instrument) => instrument switch
    {
        Instrument<int> i => i.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        Instrument<long> l => l.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        Instrument<double> d => d.Advice?.HistogramBucketBoundaries?.ToArray(),
        Instrument<float> f => f.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        _ => null,
    };

    private sealed class Series(int buckets)
    {
        public readonly long[] BucketCounts = new long[buckets + 1];
        public double Value;
        public long Count;
    }
}
