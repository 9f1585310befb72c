using System.Net;
using HmiApp.Infrastructure.Modbus;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmiApp.Tests.Modbus.Net;

/// <summary>Our server on a free loopback port serving in-memory units.</summary>
public sealed class TestServer : IAsyncDisposable
{
    public TestServer(ModbusTcpServerOptions? options = null, params byte[] unitIds)
    {
        Units = (unitIds.Length == 0 ? [1] : unitIds).ToDictionary(id => id, _ => ModbusUnit.InMemory(1000));
        var loopback = (options ?? new ModbusTcpServerOptions()) with { BindAddress = IPAddress.Loopback, Port = 0 };
        Server = new ModbusTcpServer(loopback, Units.ToDictionary(u => u.Key, u => (IModbusUnit)u.Value), NullLogger<ModbusTcpServer>.Instance);
        Server.Start();
    }

    public Dictionary<byte, ModbusUnit> Units { get; }

    public ModbusTcpServer Server { get; }

    public int Port => Server.LocalEndPoint.Port;

    public ModbusUnit this[byte unitId] => Units[unitId];

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
