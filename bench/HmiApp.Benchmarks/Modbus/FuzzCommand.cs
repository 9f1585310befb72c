using System.Net;
using HmiApp.Infrastructure.Modbus;
using HmiApp.Tests.Modbus.Net.Fuzz;
using Microsoft.Extensions.Logging;

namespace HmiApp.Benchmarks.Modbus;

/// <summary>The long fuzz run: --frames N (default 10,000,000) against an in-process server, then a correctness check.</summary>
public static class FuzzCommand
{
    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var frames = arguments.Number("frames", 10_000_000);
        var workers = (int)arguments.Number("workers", 4);
        var seed = (int)arguments.Number("seed", Environment.TickCount);
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddFilter(level => level >= LogLevel.Error).AddSimpleConsole());
        var unit = ModbusUnit.InMemory();
        await using var server = new ModbusTcpServer(
            new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = 0, FrameTimeout = TimeSpan.FromMilliseconds(500) },
            new Dictionary<byte, IModbusUnit> { [1] = unit, [2] = ModbusUnit.InMemory(10) },
            loggerFactory.CreateLogger<ModbusTcpServer>());
        server.Start();
        Console.WriteLine($"fuzzing {frames:N0} frames with {workers} connections, seed {seed}");

        var report = await ModbusServerFuzzRun.RunAsync(server.LocalEndPoint.Port, frames, workers, seed, CancellationToken.None);

        Console.WriteLine($"frames sent {report.FramesSent:N0} in {report.Elapsed.TotalSeconds:0.0} s ({report.FramesSent / report.Elapsed.TotalSeconds:N0}/s)");
        Console.WriteLine($"connections {report.Connections:N0}, closed by server {report.ClosedByServer:N0}, probes answered {report.ProbesAnswered:N0}, probes unanswered {report.ProbesUnanswered:N0}");
        await using var client = new ModbusTcpClient("127.0.0.1", server.LocalEndPoint.Port, ModbusConnectionPolicy.Default, loggerFactory.CreateLogger<ModbusTcpClient>());
        await client.WriteMultipleRegistersAsync(1, 500, new ushort[] { 0x1234, 0xFEDC });
        var registers = new ushort[2];
        await client.ReadHoldingRegistersAsync(1, 500, registers);
        var healthy = registers[0] == 0x1234 && registers[1] == 0xFEDC && report.ProbesUnanswered == 0;
        Console.WriteLine(healthy ? "server still answers correctly: PASS" : $"server check FAILED: read {registers[0]:X4} {registers[1]:X4}");
        return healthy ? 0 : 1;
    }
}
