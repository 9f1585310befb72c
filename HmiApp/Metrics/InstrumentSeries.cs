using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using Prometheus;

namespace HmiApp.Metrics;

/// <summary>
/// One instrument's series in the prometheus-net registry: a Counter for counters (observable ones set to
/// their reported total), a Gauge for up-down counters and gauges, a Histogram with the instrument's
/// advised buckets. prometheus-net fixes a metric's label names when it is created, and an instrument only
/// shows its tag keys with its first measurement, so the metric is created then; a later measurement's tags
/// are matched to those names by key (a missing one reads as empty).
/// </summary>
public sealed class InstrumentSeries
{
    /// <summary>Used when a histogram gives no bucket advice; the Prometheus client libraries' defaults (seconds).</summary>
    public static readonly double[] DefaultBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly IMetricFactory factory;
    private readonly bool setsValue;
    private readonly Lock creating = new();
    private readonly ConcurrentDictionary<string, string[]> observedThisScrape = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> observedBefore = new(StringComparer.Ordinal);
    private volatile Created? created;

    public InstrumentSeries(Instrument instrument, IMetricFactory factory)
    {
        Instrument = instrument;
        this.factory = factory;
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
        var metric = created ?? Create(tags);
        var labelValues = metric.LabelValues(tags);
        if (Instrument.IsObservable)
        {
            observedThisScrape[string.Join('\u001f', labelValues)] = labelValues;
        }

        switch (metric.Collector)
        {
            case Counter counter when setsValue:
                counter.WithLabels(labelValues).IncTo(value);
                break;
            case Counter counter when value >= 0:
                // A negative add breaks a counter's contract; it is dropped rather than thrown into the code that measured.
                counter.WithLabels(labelValues).Inc(value);
                break;
            case Gauge gauge when setsValue:
                gauge.WithLabels(labelValues).Set(value);
                break;
            case Gauge gauge:
                gauge.WithLabels(labelValues).Inc(value);
                break;
            case Histogram histogram:
                histogram.WithLabels(labelValues).Observe(value);
                break;
        }
    }

    /// <summary>Called before observable instruments are asked afresh.</summary>
    public void BeginObservation() => observedThisScrape.Clear();

    /// <summary>A tag set an observable instrument no longer reports disappears from the exposition.</summary>
    public void EndObservation()
    {
        if (created is not { } metric)
        {
            return;
        }

        foreach (var (key, labelValues) in observedBefore)
        {
            if (!observedThisScrape.ContainsKey(key))
            {
                metric.Remove(labelValues);
                observedBefore.TryRemove(key, out _);
            }
        }

        foreach (var (key, labelValues) in observedThisScrape)
        {
            observedBefore[key] = labelValues;
        }
    }

    private Created Create(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var tagKeys = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            tagKeys.Add(tag.Key);
        }

        lock (creating)
        {
            if (created is not null)
            {
                return created;
            }

            var keys = tagKeys.Distinct(StringComparer.Ordinal).OrderBy(PrometheusNames.Label, StringComparer.Ordinal).ToArray();
            var labelNames = keys.Select(PrometheusNames.Label).ToArray();
            var help = PrometheusNames.Help(Instrument.Description ?? Instrument.Name);
            created = Kind switch
            {
                MetricKind.Counter => Created.Of(factory.CreateCounter(Name, help, labelNames), keys),
                MetricKind.Histogram => Created.Of(factory.CreateHistogram(Name, help, new HistogramConfiguration { LabelNames = labelNames, Buckets = [.. Buckets] }), keys),
                _ => Created.Of(factory.CreateGauge(Name, help, labelNames), keys),
            };
            return created;
        }
    }

    private static double[]? AdvisedBuckets(Instrument instrument) => instrument switch
    {
        Instrument<int> i => i.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        Instrument<long> l => l.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        Instrument<double> d => d.Advice?.HistogramBucketBoundaries?.ToArray(),
        Instrument<float> f => f.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray(),
        _ => null,
    };

    private sealed record Created(Collector Collector, string[] TagKeys, Action<string[]> Remove)
    {
        public static Created Of<TChild>(Collector<TChild> collector, string[] tagKeys)
            where TChild : ChildBase => new(collector, tagKeys, collector.RemoveLabelled);

        public string[] LabelValues(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var values = new string[TagKeys.Length];
            for (var i = 0; i < TagKeys.Length; i++)
            {
                values[i] = "";
                foreach (var tag in tags)
                {
                    if (string.Equals(tag.Key, TagKeys[i], StringComparison.Ordinal))
                    {
                        values[i] = Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? "";
                        break;
                    }
                }
            }

            return values;
        }
    }
}
