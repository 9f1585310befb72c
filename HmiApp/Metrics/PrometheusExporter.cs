using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;

namespace HmiApp.Metrics;

/// <summary>
/// Listens to every instrument of this app's meters (names starting with <c>HmiApp</c>, created by this
/// host's <see cref="IMeterFactory"/>, so that two hosts in one process do not mix) and renders them in
/// the Prometheus text exposition format 0.0.4. No Prometheus package is reachable here, and
/// System.Diagnostics.Metrics already gives the instruments.
/// </summary>
public sealed class PrometheusExporter : IDisposable
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";
    public const string MeterPrefix = "HmiApp";

    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<Instrument, InstrumentSeries> instruments = new();
    private readonly Lock scrape = new();

    public PrometheusExporter(IMeterFactory meterFactory)
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name.StartsWith(MeterPrefix, StringComparison.Ordinal) && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                var series = new InstrumentSeries(instrument);
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
    }

    /// <summary>The current exposition: observable instruments are asked now; one HELP and TYPE per metric name.</summary>
    public string Scrape()
    {
        lock (scrape)
        {
            foreach (var series in instruments.Values)
            {
                series.ForgetObservations();
            }

            listener.RecordObservableInstruments();
            var output = new StringBuilder();
            foreach (var family in instruments.Values.GroupBy(s => s.Name).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var first = family.First();
                var help = first.Instrument.Description ?? first.Instrument.Name;
                output.Append("# HELP ").Append(family.Key).Append(' ').Append(PrometheusNames.Help(help)).Append('\n');
                output.Append("# TYPE ").Append(family.Key).Append(' ').Append(first.Kind.ToString().ToLowerInvariant()).Append('\n');
                foreach (var series in family)
                {
                    series.WriteSamples(output);
                }
            }

            return output.ToString();
        }
    }

    public void Dispose() => listener.Dispose();
}
