using System.Diagnostics;
using System.Globalization;
using System.Net;
using HmiApp.Infrastructure.Modbus;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmiApp.Benchmarks.Modbus;

/// <summary>Our server and client as small console programs for the loopback throughput comparison with libmodbus.</summary>
public static class ThroughputCommands
{
    public const int RegisterCount = 125;

    /// <summary>Serves unit 1 (holding register a = 3a) on 127.0.0.1 until stdin closes; prints "ready PORT".</summary>
    public static async Task<int> ServeAsync(BenchArguments arguments)
    {
        var unit = ModbusUnit.InMemory(1000);
        unit.HoldingRegisters.Write(0, Enumerable.Range(0, 1000).Select(a => (ushort)(a * 3)).ToArray());
        await using var server = new ModbusTcpServer(
            new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = (int)arguments.Number("port", 0) },
            new Dictionary<byte, IModbusUnit> { [1] = unit },
            NullLogger<ModbusTcpServer>.Instance);
        server.Start();
        Console.WriteLine($"ready {server.LocalEndPoint.Port}");
        await Console.In.ReadToEndAsync();
        return 0;
    }

    /// <summary>Sequential FC3 reads of 125 registers for --seconds; prints "requests_per_second N".</summary>
    public static async Task<int> PollAsync(BenchArguments arguments)
    {
        var port = (int)arguments.Number("port", 502);
        var seconds = arguments.Number("seconds", 5);
        await using var client = new ModbusTcpClient("127.0.0.1", port, ModbusConnectionPolicy.Default, NullLogger<ModbusTcpClient>.Instance);
        var registers = new ushort[RegisterCount];
        await client.ReadHoldingRegistersAsync(1, 0, registers);
        for (var a = 0; a < RegisterCount; a++)
        {
            if (registers[a] != (ushort)(a * 3))
            {
                Console.Error.WriteLine($"register {a} read {registers[a]}, expected {a * 3}");
                return 1;
            }
        }

        long requests = 0;
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);
        while (clock.Elapsed < end)
        {
            for (var i = 0; i < 256; i++)
            {
                await client.ReadHoldingRegistersAsync(1, 0, registers);
            }

            requests += 256;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"requests_per_second {requests / clock.Elapsed.TotalSeconds:0}"));
        return 0;
    }
}
