using System.Diagnostics.Metrics;
using HmiApp.Infrastructure.Acquisition.Live;

namespace HmiApp.Infrastructure.Acquisition.Polling;

/// <summary>
/// The instruments of meter <c>HmiApp.Acquisition</c>; the Prometheus exporter (historian branch) reads every meter.
/// </summary>
public sealed class AcquisitionMetrics : IDisposable
{
    public const string MeterName = "HmiApp.Acquisition";

    private readonly Meter _meter;
    private readonly Histogram<double> _pollDuration;
    private readonly Counter<long> _reads;
    private readonly Counter<long> _skipped;

    public AcquisitionMetrics(IMeterFactory meters, AcquisitionEngine engine, LiveValueBroadcaster broadcaster)
    {
        _meter = meters.Create(MeterName);
        _pollDuration = _meter.CreateHistogram<double>("hmi.acquisition.poll.duration", "ms", "Time one poll of a device and scan class took.");
        _reads = _meter.CreateCounter<long>("hmi.acquisition.reads", "{read}", "Read requests sent, by device and outcome (ok, failed).");
        _skipped = _meter.CreateCounter<long>("hmi.acquisition.polls.skipped", "{poll}", "Polls dropped because the previous poll of the device and scan class was still running.");
        _meter.CreateObservableGauge("hmi.acquisition.connections.open", () => engine.Statuses().Count(s => s.Connected), "{connection}", "Device connections that are open.");
        _meter.CreateObservableGauge("hmi.acquisition.breaker.state", () => engine.Statuses().Select(s =>
            new Measurement<int>((int)s.Breaker, new KeyValuePair<string, object?>("device", s.Name))), "{state}", "Breaker state per device: 0 closed, 1 open, 2 half-open.");
        _meter.CreateObservableGauge("hmi.acquisition.circuits.subscribed", () => broadcaster.SubscriptionCount, "{subscription}", "Live value subscriptions of connected circuits.");
        engine.Polled += OnPolled;
        engine.PollSkipped += (device, scanClass) => _skipped.Add(1, new("device", device), new("scan_class", scanClass));
    }

    private void OnPolled(string device, double milliseconds, int readsOk, int readsFailed)
    {
        var tag = new KeyValuePair<string, object?>("device", device);
        _pollDuration.Record(milliseconds, tag);
        _reads.Add(readsOk, tag, new("outcome", "ok"));
        _reads.Add(readsFailed, tag, new("outcome", "failed"));
    }

    public void Dispose() => _meter.Dispose();
}
