using System.Net;
using HmiApp.Infrastructure.Modbus;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Simulation.Devices;

/// <summary>
/// A simulated Modbus TCP device: its own <see cref="ModbusTcpServer"/> on a private loopback port, and
/// a <see cref="DeviceFaultProxy"/> on the configured port where pollers connect.
/// </summary>
public abstract class SimulatedDevice : IAsyncDisposable
{
    private readonly ModbusTcpServer server;
    private readonly DeviceFaultProxy proxy;

    protected SimulatedDevice(string id, string kind, IPEndPoint endpoint, IReadOnlyDictionary<byte, IModbusUnit> units, DeviceFaultSettings faultSettings, ILoggerFactory logging, TimeProvider time)
    {
        Id = id;
        Kind = kind;
        server = new ModbusTcpServer(
            new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = 0, MaxConnections = 64, IdleTimeout = TimeSpan.FromMinutes(10) },
            units,
            logging.CreateLogger<ModbusTcpServer>(),
            time);
        server.Start();
        proxy = new DeviceFaultProxy(endpoint, server.LocalEndPoint, faultSettings, logging.CreateLogger<DeviceFaultProxy>(), time);
        proxy.Start();
    }

    public string Id { get; }

    public string Kind { get; }

    /// <summary>Where pollers connect.</summary>
    public IPEndPoint Endpoint => proxy.LocalEndPoint;

    public abstract IReadOnlyList<SimulatedRegister> RegisterMap { get; }

    public abstract byte UnitId { get; }

    public IReadOnlyCollection<DeviceFault> ActiveDeviceFaults => proxy.ActiveFaults;

    /// <summary>Poller connections open right now.</summary>
    public int OpenConnections => proxy.OpenConnections;

    public void StartFault(DeviceFault fault) => proxy.StartFault(fault);

    public void ClearFault(DeviceFault fault) => proxy.ClearFault(fault);

    /// <summary>Moves the device's physics on by <paramref name="elapsed"/> and publishes the result to its registers.</summary>
    public abstract void Advance(TimeSpan elapsed);

    public async ValueTask DisposeAsync()
    {
        await proxy.DisposeAsync();
        await server.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
