using HmiApp.Infrastructure.Modbus;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmiApp.Tests.Modbus.Net;

public static class ModbusClients
{
    public static ModbusTcpClient Loopback(int port, ModbusConnectionPolicy? policy = null) =>
        new("127.0.0.1", port, policy ?? ModbusConnectionPolicy.Default, NullLogger<ModbusTcpClient>.Instance);
}
