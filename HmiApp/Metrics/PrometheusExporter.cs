using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Prometheus;

namespace HmiApp.Metrics;

/// <summary>
/// Feeds every instrument of this app's meters (names starting with <c>HmiApp</c>, created by this host's
/// <see cref="IMeterFactory"/>) into a prometheus-net registry of this host's own, which keeps the series and
/// writes the exposition. prometheus-net's own MeterAdapter is not used: it exports counters as gauges,
/// names each metric <c>meter_instrument</c> without the unit (every metric name here would change), forgets
/// a series not updated for 5 minutes (a failure counter standing at 3 would vanish) and listens to the
/// meters of every host in the process. This listener keeps the OpenTelemetry naming the dashboards use.
/// </summary>
public sealed class PrometheusExporter : IDisposable
{
    public const string MeterPrefix = "HmiApp";

    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<Instrument, InstrumentSeries> instruments = new();
    private readonly Lock observing = new();

    public PrometheusExporter(IMeterFactory meterFactory)
    {
        var metrics = Prometheus.Metrics.WithCustomRegistry(Registry);
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name.StartsWith(MeterPrefix, StringComparison.Ordinal) && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                // Two instruments of one name (a meter created twice) share one metric, as prometheus-net
                // returns the registered one for the same name and labels.
                var series = new InstrumentSeries(instrument, metrics);
                instruments[instrument] = series;
                l.EnableMeasurementEvents(instrument, series);
            }
        };
        listener.MeasurementsCompleted = (instrument, _) => instruments.TryRemove(instrument, out InstrumentSeries? _);
        listener.SetMeasurementEventCallback<byte>((_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<short>((_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<int>((_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<long>((_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<float>((_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<double>((_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        listener.SetMeasurementEventCallback<decimal>((_, value, tags, state) => ((InstrumentSeries)state!).Record((double)value, tags));
        listener.Start();

        // Observable instruments are asked at every scrape, just before prometheus-net collects.
        Registry.AddBeforeCollectCallback(ObserveNow);
    }

    public CollectorRegistry Registry { get; } = Prometheus.Metrics.NewCustomRegistry();

    /// <summary>Writes the current exposition in the Prometheus text format 0.0.4 or OpenMetrics.</summary>
    public Task WriteAsync(Stream destination, ExpositionFormat format, CancellationToken cancellationToken) =>
        Registry.CollectAndExportAsTextAsync(destination, format, cancellationToken);

    /// <summary>The current exposition in the Prometheus text format 0.0.4.</summary>
    public async Task<string> ScrapeAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await WriteAsync(buffer, ExpositionFormat.PrometheusText, cancellationToken);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public void Dispose() => listener.Dispose();

    private void ObserveNow()
    {
        lock (observing)
        {
            var observable = instruments.Values.Where(s => s.Instrument.IsObservable).ToList();
            foreach (var series in observable)
            {
                series.BeginObservation();
            }

            listener.RecordObservableInstruments();
            foreach (var series in observable)
            {
                series.EndObservation();
            }
        }
    }
}
