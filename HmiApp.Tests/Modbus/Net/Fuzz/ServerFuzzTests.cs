using System.Net;
using HmiApp.Infrastructure.Modbus;
using Microsoft.Extensions.Logging;

namespace HmiApp.Tests.Modbus.Net.Fuzz;

public sealed class ServerFuzzTests
{
    [Fact]
    public async Task Server_survives_100000_random_and_mutated_frames_and_still_answers_correctly()
    {
        var logger = new CountingLogger<ModbusTcpServer>();
        var unit = ModbusUnit.InMemory(1000);
        await using var server = new ModbusTcpServer(
            new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = 0, FrameTimeout = TimeSpan.FromMilliseconds(500) },
            new Dictionary<byte, IModbusUnit> { [1] = unit, [2] = ModbusUnit.InMemory(10) },
            logger);
        server.Start();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var report = await ModbusServerFuzzRun.RunAsync(server.LocalEndPoint.Port, 100_000, workers: 4, seed: 20261122, limit.Token);

        Assert.True(report.FramesSent >= 100_000, $"only {report.FramesSent} frames sent");
        Assert.True(report.ClosedByServer > 1000, $"the fuzz frames should have made the server drop many connections, saw {report.ClosedByServer}");
        Assert.True(report.ProbesAnswered > 1000, $"valid probes between fuzz frames should mostly be answered, saw {report.ProbesAnswered}");
        Assert.Equal(0, report.ProbesUnanswered);
        Assert.True(logger.Count(LogLevel.Warning) > 100, "malformed frames should have been logged as warnings");
        Assert.Empty(logger.Errors);

        // Fuzzed writes changed the unit; a valid write and read must still round-trip exactly.
        await using var client = ModbusClients.Loopback(server.LocalEndPoint.Port);
        await client.WriteMultipleRegistersAsync(1, 500, new ushort[] { 0x1234, 0xFEDC });
        var registers = new ushort[2];
        await client.ReadHoldingRegistersAsync(1, 500, registers);
        Assert.Equal(new ushort[] { 0x1234, 0xFEDC }, registers);
    }
}
