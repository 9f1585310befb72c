using System.Collections.Concurrent;
using HmiApp.Infrastructure.Modbus;

namespace HmiApp.Tests.Modbus.Net;

public sealed class ServerTests
{
    private static readonly ModbusConnectionPolicy ShortTimeout = new() { RequestTimeout = TimeSpan.FromMilliseconds(300) };

    [Fact]
    public async Task Serves_every_table_and_function_per_unit_and_reports_writes()
    {
        await using var server = new TestServer(null, 1, 2, 255);
        server[2].HoldingRegisters.Write(10, [1, 2, 3]);
        server[2].InputRegisters.Write(20, [40000, 5]);
        server[2].DiscreteInputs.Write(30, [true, false, true]);
        server[1].HoldingRegisters.Write(10, [9, 9, 9]);
        server[255].HoldingRegisters.Write(10, [255]);
        var written = new ConcurrentQueue<(string Table, ushort Start, int Count)>();
        server[2].HoldingRegisters.Written += (_, e) => written.Enqueue(("hr", e.Start, e.Count));
        server[2].Coils.Written += (_, e) => written.Enqueue(("co", e.Start, e.Count));
        await using var client = ModbusClients.Loopback(server.Port);

        var registers = new ushort[3];
        await client.ReadHoldingRegistersAsync(2, 10, registers);
        Assert.Equal(new ushort[] { 1, 2, 3 }, registers);
        await client.ReadHoldingRegistersAsync(1, 10, registers);
        Assert.Equal(new ushort[] { 9, 9, 9 }, registers);
        await client.ReadHoldingRegistersAsync(255, 10, registers.AsMemory(0, 1));
        Assert.Equal(255, registers[0]);
        var inputs = new ushort[2];
        await client.ReadInputRegistersAsync(2, 20, inputs);
        Assert.Equal(new ushort[] { 40000, 5 }, inputs);
        var bits = new bool[3];
        await client.ReadDiscreteInputsAsync(2, 30, bits);
        Assert.Equal(new[] { true, false, true }, bits);

        await client.WriteSingleRegisterAsync(2, 100, 0xFFFF);
        await client.WriteMultipleRegistersAsync(2, 200, new ushort[] { 7, 8 });
        await client.WriteSingleCoilAsync(2, 5, true);
        await client.WriteMultipleCoilsAsync(2, 50, new[] { true, true, false, true, false, false, false, false, true });
        var readBack = new ushort[2];
        await client.ReadWriteMultipleRegistersAsync(2, 300, readBack, 301, new ushort[] { 77 });

        Assert.Equal(new ushort[] { 0, 77 }, readBack);
        Assert.Equal(new[] { ("hr", (ushort)100, 1), ("hr", (ushort)200, 2), ("co", (ushort)5, 1), ("co", (ushort)50, 9), ("hr", (ushort)301, 1) }, written);
        var coils = new bool[9];
        server[2].Coils.Read(50, coils);
        Assert.Equal(new[] { true, true, false, true, false, false, false, false, true }, coils);
        await client.ReadCoilsAsync(2, 4, bits);
        Assert.Equal(new[] { false, true, false }, bits);
        var untouched = new ushort[1];
        server[1].HoldingRegisters.Read(100, untouched);
        Assert.Equal(0, untouched[0]);
    }

    [Theory]
    [InlineData(new byte[] { 0x2B, 0x0E, 0x01, 0x00 }, 0x01)]
    [InlineData(new byte[] { 0x07 }, 0x01)]
    [InlineData(new byte[] { 0x03, 0x03, 0xE7, 0x00, 0x02 }, 0x02)]
    [InlineData(new byte[] { 0x01, 0x03, 0xE8, 0x00, 0x01 }, 0x02)]
    [InlineData(new byte[] { 0x06, 0x03, 0xE8, 0x00, 0x01 }, 0x02)]
    [InlineData(new byte[] { 0x03, 0x00, 0x00, 0x00, 0x00 }, 0x03)]
    [InlineData(new byte[] { 0x04, 0x00, 0x00, 0x00, 0x7E }, 0x03)]
    [InlineData(new byte[] { 0x02, 0x00, 0x00, 0x07, 0xD1 }, 0x03)]
    [InlineData(new byte[] { 0x05, 0x00, 0x01, 0x12, 0x34 }, 0x03)]
    [InlineData(new byte[] { 0x10, 0x00, 0x00, 0x00, 0x02, 0x02, 0x00, 0x01 }, 0x03)]
    [InlineData(new byte[] { 0x0F, 0x00, 0x00, 0x00, 0x09, 0x01, 0xFF }, 0x03)]
    [InlineData(new byte[] { 0x17, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x7A, 0x02, 0x00, 0x01 }, 0x03)]
    public async Task Answers_spec_exception_codes(byte[] pdu, byte expectedCode)
    {
        await using var server = new TestServer();
        using var connection = await RawModbusConnection.OpenAsync(server.Port);

        await connection.SendAsync(RawModbusConnection.Frame(0x4242, 1, pdu));
        var response = await connection.ReceiveFrameAsync();

        Assert.NotNull(response);
        Assert.Equal(new byte[] { 0x42, 0x42, 0, 0, 0, 3, 1, (byte)(pdu[0] | 0x80), expectedCode }, response);
    }

    [Fact]
    public async Task A_bank_that_fails_is_answered_with_exception_04()
    {
        var units = new Dictionary<byte, IModbusUnit> { [1] = new ModbusUnit(new FailingBank(), new MemoryRegisterBank(10), new MemoryBitBank(10), new MemoryBitBank(10)) };
        await using var server = new ModbusTcpServer(
            new ModbusTcpServerOptions { BindAddress = System.Net.IPAddress.Loopback, Port = 0 },
            units,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ModbusTcpServer>.Instance);
        server.Start();
        await using var client = ModbusClients.Loopback(server.LocalEndPoint.Port);

        var error = await Assert.ThrowsAsync<ModbusExceptionResponse>(async () => await client.ReadHoldingRegistersAsync(1, 0, new ushort[2]));
        Assert.Equal(ModbusExceptionCode.ServerDeviceFailure, error.Code);
        var inputs = new ushort[2];
        await client.ReadInputRegistersAsync(1, 0, inputs);
    }

    [Fact]
    public async Task Unknown_unit_is_silent_or_answers_0x0B_as_configured()
    {
        await using var silent = new TestServer(new ModbusTcpServerOptions { UnknownUnit = UnknownUnitResponse.NoResponse }, 1);
        await using var silentClient = ModbusClients.Loopback(silent.Port, ShortTimeout);
        await Assert.ThrowsAsync<ModbusTimeoutException>(async () => await silentClient.ReadHoldingRegistersAsync(9, 0, new ushort[1]));
        await using var knownUnitClient = ModbusClients.Loopback(silent.Port);
        await knownUnitClient.ReadHoldingRegistersAsync(1, 0, new ushort[1]);

        await using var gateway = new TestServer(new ModbusTcpServerOptions { UnknownUnit = UnknownUnitResponse.GatewayTargetFailedToRespond }, 1);
        await using var gatewayClient = ModbusClients.Loopback(gateway.Port);
        var error = await Assert.ThrowsAsync<ModbusExceptionResponse>(async () => await gatewayClient.ReadHoldingRegistersAsync(9, 0, new ushort[1]));
        Assert.Equal(ModbusExceptionCode.GatewayTargetDeviceFailedToRespond, error.Code);
        Assert.Equal(9, error.UnitId);
    }

    [Fact]
    public async Task Broadcast_write_reaches_every_unit_and_is_not_answered()
    {
        await using var server = new TestServer(null, 1, 2);
        using var connection = await RawModbusConnection.OpenAsync(server.Port);

        await connection.SendAsync(RawModbusConnection.Frame(1, 0, 0x06, 0x00, 0x05, 0x12, 0x34));
        await connection.SendAsync(RawModbusConnection.Frame(2, 2, 0x03, 0x00, 0x05, 0x00, 0x01));
        var response = await connection.ReceiveFrameAsync();

        Assert.Equal(new byte[] { 0, 2, 0, 0, 0, 5, 2, 3, 2, 0x12, 0x34 }, response);
        var value = new ushort[1];
        server[1].HoldingRegisters.Read(5, value);
        Assert.Equal(0x1234, value[0]);
    }

    [Fact]
    public async Task Pipelined_requests_are_answered_in_order()
    {
        await using var server = new TestServer();
        server[1].HoldingRegisters.Write(0, [10, 11, 12]);
        using var connection = await RawModbusConnection.OpenAsync(server.Port);

        var frames = Enumerable.Range(0, 3).SelectMany(i => RawModbusConnection.Frame((ushort)(i + 1), 1, 0x03, 0x00, (byte)i, 0x00, 0x01)).ToArray();
        await connection.SendAsync(frames);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(new byte[] { 0, (byte)(i + 1), 0, 0, 0, 5, 1, 3, 2, 0, (byte)(10 + i) }, await connection.ReceiveFrameAsync());
        }
    }

    [Theory]
    [InlineData("protocol id 1", new byte[] { 0, 1, 0, 1, 0, 6, 1, 3, 0, 0, 0, 1 })]
    [InlineData("MBAP length 255 (frame over 260 bytes)", new byte[] { 0, 1, 0, 0, 0, 255, 1, 3, 0, 0, 0, 1 })]
    [InlineData("MBAP length 1", new byte[] { 0, 1, 0, 0, 0, 1, 1 })]
    [InlineData("FC3 PDU longer than its function allows", new byte[] { 0, 1, 0, 0, 0, 7, 1, 3, 0, 0, 0, 1, 0 })]
    [InlineData("FC16 byte count disagrees with MBAP length", new byte[] { 0, 1, 0, 0, 0, 9, 1, 0x10, 0, 0, 0, 1, 4, 0, 1 })]
    public async Task Malformed_frame_closes_that_connection_only(string what, byte[] frame)
    {
        await using var server = new TestServer();
        using var bystander = await RawModbusConnection.OpenAsync(server.Port);
        using var offender = await RawModbusConnection.OpenAsync(server.Port);

        await offender.SendAsync(frame);

        Assert.True(await offender.IsClosedByServerAsync(TimeSpan.FromSeconds(5)), what);
        await bystander.SendAsync(RawModbusConnection.Frame(7, 1, 0x03, 0, 0, 0, 1));
        Assert.Equal(new byte[] { 0, 7, 0, 0, 0, 5, 1, 3, 2, 0, 0 }, await bystander.ReceiveFrameAsync());
    }

    [Fact]
    public async Task Idle_connection_is_closed_after_the_idle_timeout()
    {
        await using var server = new TestServer(new ModbusTcpServerOptions { IdleTimeout = TimeSpan.FromMilliseconds(200) });
        using var connection = await RawModbusConnection.OpenAsync(server.Port);

        await connection.SendAsync(RawModbusConnection.Frame(1, 1, 0x03, 0, 0, 0, 1));
        Assert.NotNull(await connection.ReceiveFrameAsync());
        Assert.True(await connection.IsClosedByServerAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Slow_sender_is_cut_off_after_the_frame_timeout_while_idle_ones_stay()
    {
        await using var server = new TestServer(new ModbusTcpServerOptions { IdleTimeout = TimeSpan.FromSeconds(30), FrameTimeout = TimeSpan.FromMilliseconds(200) });
        using var idle = await RawModbusConnection.OpenAsync(server.Port);
        using var slow = await RawModbusConnection.OpenAsync(server.Port);

        await slow.SendAsync([0, 1, 0, 0, 0]);

        Assert.True(await slow.IsClosedByServerAsync(TimeSpan.FromSeconds(5)));
        await idle.SendAsync(RawModbusConnection.Frame(3, 1, 0x03, 0, 0, 0, 1));
        Assert.NotNull(await idle.ReceiveFrameAsync());
    }

    [Fact]
    public async Task Connections_beyond_the_maximum_are_closed_at_once()
    {
        await using var server = new TestServer(new ModbusTcpServerOptions { MaxConnections = 2 });
        using var first = await RawModbusConnection.OpenAsync(server.Port);
        using var second = await RawModbusConnection.OpenAsync(server.Port);
        await WaitUntil(() => server.Server.ActiveConnections == 2);

        using var third = await RawModbusConnection.OpenAsync(server.Port);

        Assert.True(await third.IsClosedByServerAsync(TimeSpan.FromSeconds(5)));
        await second.SendAsync(RawModbusConnection.Frame(3, 1, 0x03, 0, 0, 0, 1));
        Assert.NotNull(await second.ReceiveFrameAsync());
        first.Dispose();
        await WaitUntil(() => server.Server.ActiveConnections == 1);
        using var fourth = await RawModbusConnection.OpenAsync(server.Port);
        await fourth.SendAsync(RawModbusConnection.Frame(4, 1, 0x03, 0, 0, 0, 1));
        Assert.NotNull(await fourth.ReceiveFrameAsync());
    }

    [Fact]
    public async Task Many_concurrent_clients_are_served()
    {
        await using var server = new TestServer();
        var clients = Enumerable.Range(0, 20).Select(async i =>
        {
            await using var client = ModbusClients.Loopback(server.Port);
            var address = (ushort)(i * 10);
            for (var n = 0; n < 50; n++)
            {
                await client.WriteSingleRegisterAsync(1, address, (ushort)n);
                var read = new ushort[1];
                await client.ReadHoldingRegistersAsync(1, address, read);
                Assert.Equal(n, read[0]);
            }
        });
        await Task.WhenAll(clients);
    }

    [Theory]
    [InlineData(nameof(ModbusTcpServerOptions.Port), "between 0 (any free port) and 65535, was 70000")]
    [InlineData(nameof(ModbusTcpServerOptions.MaxConnections), "at least 1, was 0")]
    [InlineData(nameof(ModbusTcpServerOptions.IdleTimeout), "must be positive")]
    [InlineData(nameof(ModbusTcpServerOptions.FrameTimeout), "must be positive")]
    public void Invalid_options_are_refused_with_the_field_named(string field, string message)
    {
        var options = field switch
        {
            nameof(ModbusTcpServerOptions.Port) => new ModbusTcpServerOptions { Port = 70000 },
            nameof(ModbusTcpServerOptions.MaxConnections) => new ModbusTcpServerOptions { MaxConnections = 0 },
            nameof(ModbusTcpServerOptions.IdleTimeout) => new ModbusTcpServerOptions { IdleTimeout = TimeSpan.Zero },
            _ => new ModbusTcpServerOptions { FrameTimeout = TimeSpan.FromSeconds(-1) },
        };

        var error = Assert.Throws<ArgumentException>(options.Validate);
        Assert.Equal(field, error.ParamName);
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(250)]
    public void Units_with_unservable_ids_are_refused(byte unitId)
    {
        var error = Assert.Throws<ArgumentException>(() => new ModbusTcpServer(
            new ModbusTcpServerOptions(),
            new Dictionary<byte, IModbusUnit> { [unitId] = ModbusUnit.InMemory(10) },
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ModbusTcpServer>.Instance));
        Assert.Contains($"Unit id {unitId} cannot be served", error.Message);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 5 s");
            await Task.Delay(5);
        }
    }

    private sealed class FailingBank : IRegisterBank
    {
        public event EventHandler<ModbusBankWrittenEventArgs>? Written
        {
            add { }
            remove { }
        }

        public int Count => 10;

        public void Read(ushort start, Span<ushort> destination) => throw new IOException("storage offline");

        public void Write(ushort start, ReadOnlySpan<ushort> values) => throw new IOException("storage offline");
    }
}
