using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Mqtt;

/// <summary>
/// The second acquisition source beside Modbus: one <see cref="MqttDeviceLink"/> per MQTT device of the applied
/// point map. Values land in the same current-value table and historian as polled ones, so screens, alarms, trends
/// and well telemetry take them without knowing where they came from. A device whose definition and points did not
/// change keeps its link across a map change.
/// </summary>
public sealed class MqttAcquisition(
    CurrentValueTable values,
    IEnumerable<IPointSampleSink> sinks,
    IOptions<AcquisitionOptions> options,
    MqttMetrics metrics,
    ILoggerFactory loggers,
    TimeProvider time) : IAsyncDisposable
{
    private readonly PointValueRecorder _recorder = new(values, sinks);
    private readonly SemaphoreSlim _applyGate = new(1, 1);
    private volatile IReadOnlyDictionary<string, MqttDeviceLink> _links = new Dictionary<string, MqttDeviceLink>();

    public async Task ApplyAsync(StoredPointMap stored, CancellationToken cancellationToken)
    {
        await _applyGate.WaitAsync(cancellationToken);
        try
        {
            var map = stored.Map;
            var old = _links;
            var next = new Dictionary<string, MqttDeviceLink>(StringComparer.OrdinalIgnoreCase);
            foreach (var device in map.Devices.Where(d => d.Protocol == DeviceProtocol.Mqtt))
            {
                var points = map.Points
                    .Where(p => string.Equals(p.Device, device.Name, StringComparison.OrdinalIgnoreCase))
                    .Select(p => new MqttPoint(stored.PointIds[p.Key], p, map.ScanClassOf(p).Period))
                    .ToList();
                if (old.TryGetValue(device.Name, out var kept) && kept.Device == device && kept.Points.SequenceEqual(points))
                {
                    next[device.Name] = kept;
                    continue;
                }

                var link = new MqttDeviceLink(device, points, _recorder, options.Value, metrics, loggers.CreateLogger<MqttDeviceLink>(), time);
                next[device.Name] = link;
            }

            _links = next;
            foreach (var (name, link) in old.Where(l => !next.TryGetValue(l.Key, out var n) || !ReferenceEquals(n, l.Value)))
            {
                await link.DisposeAsync();
            }

            foreach (var link in next.Values.Where(l => !old.Values.Contains(l)))
            {
                link.Start();
            }
        }
        finally
        {
            _applyGate.Release();
        }
    }

    public IReadOnlyList<DeviceStatus> Statuses() => _links.Values.Select(l => l.Status()).ToList();

    public void SweepStale()
    {
        var now = time.GetUtcNow();
        foreach (var link in _links.Values)
        {
            link.SweepStale(now);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var link in _links.Values)
        {
            await link.DisposeAsync();
        }

        _links = new Dictionary<string, MqttDeviceLink>();
    }
}
