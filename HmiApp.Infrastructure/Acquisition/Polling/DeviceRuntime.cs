using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Modbus;

namespace HmiApp.Infrastructure.Acquisition.Polling;

/// <summary>
/// What one device has while it is polled: its (shared per endpoint) client, breaker and counters. Polls of the
/// device's scan classes are serialised by <see cref="Gate"/>, so breaker and counters need no other lock; a scan
/// class has at most one poll running or waiting at a time (<see cref="TryBeginScan"/>).
/// </summary>
public sealed class DeviceRuntime(Device device, ModbusTcpClient client, DeviceBreaker breaker)
{
    public Device Device { get; } = device;

    public ModbusTcpClient Client { get; } = client;

    public DeviceBreaker Breaker { get; } = breaker;

    private readonly HashSet<string> _scanning = new(StringComparer.OrdinalIgnoreCase);

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public DateTimeOffset? LastSuccess { get; set; }

    public double? LastLatencyMs { get; set; }

    public long PollsOk { get; set; }

    public long PollsFailed { get; set; }

    public string? LastError { get; set; }

    /// <summary>False while a poll of this scan class is still running or waiting for the device.</summary>
    public bool TryBeginScan(string scanClass)
    {
        lock (_scanning)
        {
            return _scanning.Add(scanClass);
        }
    }

    public void EndScan(string scanClass)
    {
        lock (_scanning)
        {
            _scanning.Remove(scanClass);
        }
    }

    public DeviceStatus Status() => new(
        Device.Name, Device.Endpoint, Device.UnitId, Device.Enabled, Client.IsConnected, Breaker.State,
        LastSuccess, LastLatencyMs, PollsOk, PollsFailed, LastError);
}
