using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition.Live;

namespace HmiApp.Infrastructure.Acquisition;

/// <summary>
/// Where every acquisition source (Modbus polls, MQTT messages) puts what it read: the current-value table, and for
/// the historian the samples that pass the point's deadband or change quality. One per source: a point belongs to
/// exactly one device, so two recorders never see the same point.
/// </summary>
public sealed class PointValueRecorder(CurrentValueTable values, IEnumerable<IPointSampleSink> sinks)
{
    private readonly IPointSampleSink[] _sinks = sinks.ToArray();
    private readonly Dictionary<long, (double? Value, QualityStatus Quality)> _historised = [];

    public CurrentValueTable Values => values;

    /// <summary>Sets the live value; adds a sample to <paramref name="samples"/> when the historian should keep it (null: live only).</summary>
    public void Store(long pointId, Point point, PointValue value, Quality quality, DateTimeOffset stamp, List<PointSample>? samples)
    {
        var last = values.Get(pointId);
        values.Set(new PointSnapshot(pointId, value, quality, stamp, quality.IsGood ? stamp : last?.LastGood));
        if (samples is null || value.Kind == PointValueKind.Text)
        {
            return;
        }

        double? number = value.Kind switch
        {
            PointValueKind.Number => value.Number,
            PointValueKind.Boolean => value.Boolean ? 1.0 : 0.0,
            _ => null,
        };
        lock (_historised)
        {
            var pass = !_historised.TryGetValue(pointId, out var before)
                || before.Quality != quality.Status
                || (number is { } n && (before.Value is not { } b || Math.Abs(n - b) >= Math.Max(point.Deadband, double.Epsilon)));
            if (pass)
            {
                _historised[pointId] = (number, quality.Status);
                samples.Add(new PointSample(pointId, stamp, quality.IsGood ? number : null, quality.Status));
            }
        }
    }

    public async Task PublishAsync(List<PointSample> samples, CancellationToken cancellationToken)
    {
        if (samples.Count == 0)
        {
            return;
        }

        var batch = samples.ToArray();
        foreach (var sink in _sinks)
        {
            await sink.WriteAsync(batch, cancellationToken);
        }
    }
}
