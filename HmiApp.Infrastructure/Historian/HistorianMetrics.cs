using System.Diagnostics.Metrics;

namespace HmiApp.Infrastructure.Historian;

/// <summary>The historian's instruments (meter <c>HmiApp.Historian</c>), exported on <c>/metrics</c>.</summary>
public sealed class HistorianMetrics
{
    public const string MeterName = "HmiApp.Historian";

    private readonly Histogram<int> batchSize;
    private readonly Histogram<double> batchDuration;
    private readonly Counter<long> written;
    private readonly Counter<long> failed;

    public HistorianMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        batchSize = meter.CreateHistogram("hmi.historian.batch.size", unit: "{sample}",
            description: "Samples per batch written to the database.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 10, 100, 500, 1000, 2000, 5000, 10000, 20000, 50000] });
        batchDuration = meter.CreateHistogram("hmi.historian.batch.duration", unit: "s",
            description: "Time to write one batch and its rollups, successful or not.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        written = meter.CreateCounter<long>("hmi.historian.samples.written", unit: "{sample}", description: "Samples written to the database.");
        failed = meter.CreateCounter<long>("hmi.historian.samples.failed", unit: "{sample}",
            description: "Samples in write attempts that failed; they are kept and retried, never dropped.");

        // Both read 0 before the first batch rather than being absent, so that increase() sees the first failure.
        written.Add(0);
        failed.Add(0);
        meter.CreateObservableGauge("hmi.historian.buffer.depth", ObserveBuffer, unit: "{sample}",
            description: "Samples waiting for the database, by where they wait (queue, memory, spill).");
    }

    /// <summary>Set by the writer when it starts; until then the buffer reads empty.</summary>
    public Func<(long Queue, long Memory, long Spill)> Depth { get; set; } = () => (0, 0, 0);

    public void BatchWritten(int samples, TimeSpan duration)
    {
        batchSize.Record(samples);
        batchDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("outcome", "written"));
        written.Add(samples);
    }

    public void BatchFailed(int samples, TimeSpan duration)
    {
        batchDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("outcome", "failed"));
        failed.Add(samples);
    }

    private IEnumerable<Measurement<long>> ObserveBuffer()
    {
        var (queue, memory, spill) = Depth();
        return
        [
            new Measurement<long>(queue, new KeyValuePair<string, object?>("store", "queue")),
            new Measurement<long>(memory, new KeyValuePair<string, object?>("store", "memory")),
            new Measurement<long>(spill, new KeyValuePair<string, object?>("store", "spill")),
        ];
    }
}
