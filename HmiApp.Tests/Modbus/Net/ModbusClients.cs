using HmiApp.Infrastructure.Modbus;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmiApp.Tests.Modbus.Net;

public static class ModbusClients
{
    /// <summary>Default policy with a request timeout that survives a heavily loaded CI machine.</summary>
    public static readonly ModbusConnectionPolicy Patient = new() { RequestTimeout = TimeSpan.FromSeconds(5) };

    public static ModbusTcpClient Loopback(int port, ModbusConnectionPolicy? policy = null) =>
        new("127.0.0.1", port, policy ?? Patient, NullLogger<ModbusTcpClient>.Instance);
}
