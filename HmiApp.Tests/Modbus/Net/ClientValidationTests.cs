using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Modbus;

namespace HmiApp.Tests.Modbus.Net;

public sealed class ClientValidationTests
{
    [Theory]
    [InlineData(nameof(ModbusConnectionPolicy.RequestTimeout), "RequestTimeout must be positive")]
    [InlineData(nameof(ModbusConnectionPolicy.PauseBetweenRequests), "PauseBetweenRequests must not be negative")]
    [InlineData(nameof(ModbusConnectionPolicy.ReconnectDelayMax), "must not be shorter than ReconnectDelayMin")]
    [InlineData(nameof(ModbusConnectionPolicy.ReconnectJitter), "between 0 and 1, was 1.5")]
    [InlineData(nameof(ModbusConnectionPolicy.MaxReadRegisters), "between 1 and the protocol maximum 125, was 126")]
    [InlineData(nameof(ModbusConnectionPolicy.MaxWriteBits), "between 1 and the protocol maximum 1968, was 0")]
    public void Invalid_policy_is_refused_with_the_field_named(string field, string message)
    {
        var policy = field switch
        {
            nameof(ModbusConnectionPolicy.RequestTimeout) => new ModbusConnectionPolicy { RequestTimeout = TimeSpan.Zero },
            nameof(ModbusConnectionPolicy.PauseBetweenRequests) => new ModbusConnectionPolicy { PauseBetweenRequests = TimeSpan.FromMilliseconds(-1) },
            nameof(ModbusConnectionPolicy.ReconnectDelayMax) => new ModbusConnectionPolicy { ReconnectDelayMax = TimeSpan.FromMilliseconds(10) },
            nameof(ModbusConnectionPolicy.ReconnectJitter) => new ModbusConnectionPolicy { ReconnectJitter = 1.5 },
            nameof(ModbusConnectionPolicy.MaxReadRegisters) => new ModbusConnectionPolicy { MaxReadRegisters = 126 },
            _ => new ModbusConnectionPolicy { MaxWriteBits = 0 },
        };

        var error = Assert.Throws<ArgumentException>(policy.Validate);
        Assert.Equal(field, error.ParamName);
        Assert.Contains(message, error.Message);
        Assert.Throws<ArgumentException>(() => ModbusClients.Loopback(502, policy));
    }

    [Fact]
    public async Task Requests_outside_the_protocol_or_the_devices_maxima_are_refused_before_sending()
    {
        await using var server = new TestServer();
        await using var client = ModbusClients.Loopback(server.Port, ModbusClients.Patient with { MaxReadRegisters = 10 });

        var reserved = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await client.ReadHoldingRegistersAsync(250, 0, new ushort[1]));
        Assert.Contains("248-254 are reserved", reserved.Message);
        var broadcastRead = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await client.ReadCoilsAsync(0, 0, new bool[1]));
        Assert.Contains("broadcast", broadcastRead.Message);
        var tooMany = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await client.ReadInputRegistersAsync(1, 0, new ushort[11]));
        Assert.Contains("MaxReadRegisters", tooMany.Message);
        var pastEnd = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await client.WriteMultipleRegistersAsync(1, 65535, new ushort[2]));
        Assert.Contains("past the last Modbus address", pastEnd.Message);
        Assert.False(client.IsConnected);
    }

    [Fact]
    public async Task Tables_are_read_by_their_domain_name()
    {
        await using var server = new TestServer();
        server[1].InputRegisters.Write(3, [33]);
        server[1].DiscreteInputs.Write(4, [true]);
        await using var client = ModbusClients.Loopback(server.Port);

        var registers = new ushort[1];
        await client.ReadRegistersAsync(ModbusTable.InputRegisters, 1, 3, registers);
        var bits = new bool[1];
        await client.ReadBitsAsync(ModbusTable.DiscreteInputs, 1, 4, bits);

        Assert.Equal(33, registers[0]);
        Assert.True(bits[0]);
        var wrongKind = Assert.Throws<ArgumentException>(() => client.ReadRegistersAsync(ModbusTable.Coils, 1, 0, registers));
        Assert.Contains("Coils holds bits", wrongKind.Message);
        Assert.Same(server[1].Coils, ((IModbusUnit)server[1]).Bits(ModbusTable.Coils));
    }

    [Fact]
    public async Task Pauses_after_connect_and_between_requests_are_kept()
    {
        await using var server = new TestServer();
        var pause = TimeSpan.FromMilliseconds(80);
        await using var client = ModbusClients.Loopback(server.Port, ModbusClients.Patient with { PauseAfterConnect = pause, PauseBetweenRequests = pause });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        for (var i = 0; i < 3; i++)
        {
            await client.ReadHoldingRegistersAsync(1, 0, new ushort[1]);
        }

        // One pause after the connect and one before each of the two later requests. Timers fire on a
        // millisecond grid, so each pause may end up to a millisecond early: that is not a shortened pause.
        var slack = TimeSpan.FromMilliseconds(3);
        Assert.True(clock.Elapsed >= (pause * 3) - slack, $"three requests took only {clock.Elapsed.TotalMilliseconds:0.0} ms");
    }
}
