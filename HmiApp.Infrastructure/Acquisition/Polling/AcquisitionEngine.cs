using System.Diagnostics;
using System.Net.Sockets;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Infrastructure.Acquisition.Storage;
using HmiApp.Infrastructure.Modbus;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Acquisition.Polling;

/// <summary>
/// Runs the polls of the applied point map: reads a device's scan with coalesced requests, decodes, stamps
/// quality, keeps the breaker and counters, writes the current-value table and hands deadband-filtered samples
/// to the sinks. <see cref="ApplyAsync"/> swaps in a new map in one step: a poll runs wholly on the old or the
/// new one. Devices whose definition did not change keep their connection, breaker and counters. Devices of
/// protocol MQTT are not polled: <see cref="Mqtt.MqttAcquisition"/> takes them from the same map.
/// </summary>
public sealed partial class AcquisitionEngine(
    CurrentValueTable values,
    IEnumerable<IPointSampleSink> sinks,
    IOptions<AcquisitionOptions> options,
    ILoggerFactory loggers,
    TimeProvider time) : IAsyncDisposable
{
    private readonly PointValueRecorder _recorder = new(values, sinks);
    private readonly ILogger _logger = loggers.CreateLogger<AcquisitionEngine>();
    private readonly SemaphoreSlim _applyGate = new(1, 1);
    private volatile EngineState _state = EngineState.Empty;

    /// <summary>Raised after each poll: device, duration in ms, reads ok, reads failed.</summary>
    public event Action<string, double, int, int>? Polled;

    /// <summary>Raised when a poll is dropped because the previous poll of its device and scan class still runs.</summary>
    public event Action<string, string>? PollSkipped;

    public StoredPointMap Current => _state.Stored;

    public IReadOnlyList<DeviceScan> Scans => _state.Scans.Values.ToList();

    public IReadOnlyList<DeviceStatus> Statuses() => _state.Runtimes.Values.Select(r => r.Status()).ToList();

    public long? PointIdOf(PointKey key) => _state.Stored.PointIds.TryGetValue(key, out var id) ? id : null;

    public async Task ApplyAsync(StoredPointMap stored, CancellationToken cancellationToken)
    {
        await _applyGate.WaitAsync(cancellationToken);
        try
        {
            var old = _state;
            var next = Build(stored, old);
            _state = next;
            values.Retain(stored.PointIds.Values.ToHashSet());
            foreach (var retired in old.Clients.Where(c => !next.Clients.Values.Contains(c.Value)))
            {
                await retired.Value.DisposeAsync();
            }
        }
        finally
        {
            _applyGate.Release();
        }
    }

    /// <summary>One poll of a device's scan class. Unknown pairs (a job of a map just replaced) do nothing.</summary>
    public async Task<PollOutcome> PollAsync(string device, string scanClass, CancellationToken cancellationToken)
    {
        if (!_state.Scans.TryGetValue((device.ToUpperInvariant(), scanClass.ToUpperInvariant()), out var scan) || !scan.Runtime.Device.Enabled)
        {
            return PollOutcome.Ok;
        }

        // A poll that finds the previous one of its scan still running is dropped, not queued: a slow device gets
        // one poll at a time and then the next on schedule, never a pile of late ones (the scan clock starts polls
        // without waiting for the previous one; see Scanning/ScanLoop).
        var runtime = scan.Runtime;
        if (!runtime.TryBeginScan(scan.ScanClass.Name))
        {
            PollSkipped?.Invoke(runtime.Device.Name, scan.ScanClass.Name);
            return PollOutcome.Busy;
        }

        try
        {
            await runtime.Gate.WaitAsync(cancellationToken);
            try
            {
                return await PollLockedAsync(scan, runtime, cancellationToken);
            }
            finally
            {
                runtime.Gate.Release();
            }
        }
        finally
        {
            runtime.EndScan(scan.ScanClass.Name);
        }
    }

    /// <summary>Marks Good values with no fresh read within the stale factor of their period as Uncertain.</summary>
    public void SweepStale()
    {
        var now = time.GetUtcNow();
        var factor = options.Value.StaleFactor;
        foreach (var scan in _state.Scans.Values)
        {
            var limit = scan.ScanClass.Period * factor;
            foreach (var point in scan.Points)
            {
                if (values.Get(point.Id) is { Quality.IsGood: true } snapshot && now - snapshot.Timestamp > limit)
                {
                    values.Set(snapshot with { Quality = Quality.Stale($"no fresh read for {(now - snapshot.Timestamp).TotalSeconds:0.#} s"), Timestamp = snapshot.Timestamp });
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _state.Clients.Values)
        {
            await client.DisposeAsync();
        }
    }

    private async Task<PollOutcome> PollLockedAsync(DeviceScan scan, DeviceRuntime runtime, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var samples = new List<PointSample>();
        if (!runtime.Breaker.AllowPoll(now))
        {
            MarkUnreachable(scan.Points, scan.ScanClass.Period, $"breaker open until {runtime.Breaker.RetryAt:HH:mm:ss.fff}: {runtime.LastError}", now, samples);
            await PublishAsync(samples, cancellationToken);
            return PollOutcome.Failed($"breaker open: {runtime.LastError}");
        }

        var started = Stopwatch.GetTimestamp();
        var readsOk = 0;
        var readsFailed = 0;
        string? failure = null;
        string? refused = null;
        var served = new HashSet<long>();
        foreach (var read in scan.Reads)
        {
            try
            {
                await ReadAsync(runtime, read, samples, served, cancellationToken);
                readsOk++;
            }
            catch (ModbusExceptionResponse ex)
            {
                readsFailed++;
                refused = $"exception code {(byte)ex.Code} ({ex.Code}) at {read.Table} {read.Address}";
                foreach (var p in read.Points)
                {
                    served.Add(p.Point.Id);
                    Store(p.Point, PointValue.NoValue, Quality.Bad($"exception code {(byte)ex.Code} ({ex.Code})"), now, samples);
                }
            }
            catch (Exception ex) when (ex is ModbusException or SocketException or IOException)
            {
                readsFailed++;
                failure = Reason(ex);
                break;
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (failure is null)
        {
            runtime.Breaker.RecordSuccess();
            runtime.LastSuccess = now;
            runtime.LastLatencyMs = elapsed;
            runtime.PollsOk++;
        }
        else
        {
            runtime.Breaker.RecordFailure(time.GetUtcNow());
            runtime.PollsFailed++;
            runtime.LastError = failure;
            MarkUnreachable(scan.Points.Where(p => !served.Contains(p.Id)), scan.ScanClass.Period, failure, now, samples);
            LogPollFailed(runtime.Device.Name, scan.ScanClass.Name, failure, runtime.Breaker.State);
        }

        try
        {
            await runtime.Client.EndPollAsync(cancellationToken);
        }
        catch (ModbusException)
        {
            // Closing a per-poll connection that is already gone is not a new failure.
        }

        Polled?.Invoke(runtime.Device.Name, elapsed, readsOk, readsFailed);
        await PublishAsync(samples, cancellationToken);
        return failure is not null ? PollOutcome.Failed(failure) : refused is not null ? PollOutcome.Failed(refused) : PollOutcome.Ok;
    }

    private Task PublishAsync(List<PointSample> samples, CancellationToken cancellationToken) => _recorder.PublishAsync(samples, cancellationToken);

    private async Task ReadAsync(DeviceRuntime runtime, PlannedRead<ScanPoint> read, List<PointSample> samples, HashSet<long> served, CancellationToken cancellationToken)
    {
        var unit = runtime.Device.UnitId;
        var stamp = time.GetUtcNow();
        if (read.Table.IsBitTable())
        {
            var bits = new bool[read.Count];
            await runtime.Client.ReadBitsAsync(read.Table, unit, (ushort)read.Address, bits, cancellationToken);
            foreach (var p in read.Points)
            {
                served.Add(p.Point.Id);
                Store(p.Point, PointCodec.DecodeBoolean(bits[p.Offset], p.Point.Point.Encoding), Quality.Good, stamp, samples);
            }

            return;
        }

        var registers = new ushort[read.Count];
        await runtime.Client.ReadRegistersAsync(read.Table, unit, (ushort)read.Address, registers, cancellationToken);
        foreach (var p in read.Points)
        {
            served.Add(p.Point.Id);
            try
            {
                var value = PointCodec.Decode(registers.AsSpan(p.Offset, p.Length), p.Point.Point.Encoding);
                Store(p.Point, value, Quality.Good, stamp, samples);
            }
            catch (ArgumentException ex)
            {
                Store(p.Point, PointValue.NoValue, Quality.Bad($"decode error: {ex.Message}"), stamp, samples);
            }
        }
    }

    // A failed read keeps the last good value as Uncertain while it is within the stale limit; after that it is Bad.
    private void MarkUnreachable(IEnumerable<ScanPoint> points, TimeSpan period, string reason, DateTimeOffset now, List<PointSample> samples)
    {
        var limit = period * options.Value.StaleFactor;
        foreach (var point in points)
        {
            var last = values.Get(point.Id);
            if (last?.LastGood is { } good && now - good <= limit)
            {
                values.Set(last with { Quality = Quality.Stale($"last read failed: {reason}") });
            }
            else
            {
                Store(point, PointValue.NoValue, Quality.Bad(reason), now, samples);
            }
        }
    }

    private void Store(ScanPoint point, PointValue value, Quality quality, DateTimeOffset stamp, List<PointSample>? samples) =>
        _recorder.Store(point.Id, point.Point, value, quality, stamp, samples);

    private static string Reason(Exception ex) => ex switch
    {
        ModbusTimeoutException t => $"timeout: {t.Message}",
        ModbusConnectionException c => $"connection failed: {c.Message}",
        SocketException s => $"connection failed: {s.SocketErrorCode}",
        _ => $"protocol error: {ex.Message}",
    };

    private EngineState Build(StoredPointMap stored, EngineState old)
    {
        var map = stored.Map;
        var clients = new Dictionary<string, ModbusTcpClient>(StringComparer.OrdinalIgnoreCase);
        var runtimes = new Dictionary<string, DeviceRuntime>(StringComparer.OrdinalIgnoreCase);
        var o = options.Value;
        // MQTT devices publish on their own (MqttAcquisition): no client, no scans, no poll jobs here.
        foreach (var device in map.Devices.Where(d => d.Protocol == DeviceProtocol.Modbus))
        {
            if (old.Runtimes.TryGetValue(device.Name, out var kept) && kept.Device == device)
            {
                runtimes[device.Name] = kept;
                clients[device.Endpoint] = kept.Client;
                continue;
            }

            if (!clients.TryGetValue(device.Endpoint, out var client))
            {
                client = old.Clients.TryGetValue(device.Endpoint, out var existing) && existing.Policy == device.Connection.ToModbusPolicy()
                    ? existing
                    : new ModbusTcpClient(device.Host, device.Port, device.Connection.ToModbusPolicy(), loggers.CreateLogger<ModbusTcpClient>(), time);
                clients[device.Endpoint] = client;
            }

            runtimes[device.Name] = new DeviceRuntime(device, client, new DeviceBreaker(o.BreakerFailureThreshold, o.BreakerBackoff, o.BreakerMaxBackoff));
        }

        var scans = new Dictionary<(string, string), DeviceScan>();
        foreach (var group in map.Points.Where(p => p.Mqtt is null).GroupBy(p => (Device: p.Device.ToUpperInvariant(), Scan: map.ScanClassOf(p).Name.ToUpperInvariant())))
        {
            var first = group.First();
            var runtime = runtimes[first.Device];
            var scanClass = map.ScanClassOf(first);
            var limits = new ModbusDeviceLimits(runtime.Device.Connection.MaxReadRegisters, runtime.Device.Connection.MaxReadBits);
            var points = group.Select(p => new ScanPoint(p, stored.PointIds[p.Key], scanClass.Period)).ToList();
            var reads = points.GroupBy(p => p.Point.Table)
                .SelectMany(t => ReadPlanner.Plan(t.Key, t, p => p.Point.Span, limits, o.MaxReadGap))
                .ToList();
            scans[group.Key] = new DeviceScan(runtime, scanClass, reads);
        }

        return new EngineState(stored, runtimes, clients, scans);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Poll of {Device} ({ScanClass}) failed: {Reason}; breaker {Breaker}")]
    private partial void LogPollFailed(string device, string scanClass, string reason, BreakerState breaker);

    private sealed record EngineState(
        StoredPointMap Stored,
        IReadOnlyDictionary<string, DeviceRuntime> Runtimes,
        IReadOnlyDictionary<string, ModbusTcpClient> Clients,
        IReadOnlyDictionary<(string Device, string Scan), DeviceScan> Scans)
    {
        public static EngineState Empty { get; } = new(StoredPointMap.Empty, new Dictionary<string, DeviceRuntime>(), new Dictionary<string, ModbusTcpClient>(), new Dictionary<(string, string), DeviceScan>());
    }
}
