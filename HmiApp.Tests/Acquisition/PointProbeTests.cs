using System.Net;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition.Reading;
using HmiApp.Infrastructure.Modbus;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmiApp.Tests.Acquisition;

/// <summary>"Read now" reads an unsaved point definition once from our Modbus server over real TCP, or names the exact failure.</summary>
public sealed class PointProbeTests : IAsyncLifetime
{
    private readonly ModbusUnit unit = ModbusUnit.InMemory(1000);
    private readonly PointProbe probe = new(NullLoggerFactory.Instance, TimeProvider.System);
    private ModbusTcpServer? server;

    public Task InitializeAsync()
    {
        unit.HoldingRegisters.Write(2, [215]);
        unit.HoldingRegisters.Write(10, [0x4049, 0x0FDB]);
        unit.HoldingRegisters.Write(20, [0x7FC0, 0x0000]);
        unit.Coils.Write(3, [true]);
        server = new ModbusTcpServer(
            new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = 0 },
            new Dictionary<byte, IModbusUnit> { [1] = unit },
            NullLogger<ModbusTcpServer>.Instance);
        server.Start();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_scaled_register_is_read_and_decoded_with_its_raw_words()
    {
        var result = await probe.ReadAsync(Device(), Point(2, PointDataType.Int16, scale: 0.5), CancellationToken.None);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(107.5, result.Value.Number);
        Assert.Equal("0x00D7", result.Raw);
    }

    [Fact]
    public async Task Byte_order_is_the_definition_being_edited()
    {
        var right = await probe.ReadAsync(Device(), Point(10, PointDataType.Float32, ByteOrder.ABCD), CancellationToken.None);
        var swapped = await probe.ReadAsync(Device(), Point(10, PointDataType.Float32, ByteOrder.CDAB), CancellationToken.None);

        Assert.Equal(3.14159274, right.Value.Number, 6);
        Assert.True(swapped.Succeeded, swapped.ToString());
        Assert.NotEqual(right.Value.Number, swapped.Value.Number);
    }

    [Fact]
    public async Task A_coil_is_read_as_a_boolean()
    {
        var point = Point(3, PointDataType.Boolean) with { Table = ModbusTable.Coils };

        var result = await probe.ReadAsync(Device(), point, CancellationToken.None);

        Assert.Equal((true, "1"), (result.Value.Boolean, result.Raw));
    }

    [Fact]
    public async Task An_address_the_device_does_not_have_is_its_exception_code_on_the_address_field()
    {
        var result = await probe.ReadAsync(Device(), Point(5000, PointDataType.Int16), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("address", result.Field);
        Assert.StartsWith("exception code 2 (IllegalDataAddress) reading HoldingRegisters 5000..5000 of unit 1", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_NaN_float_is_a_decode_error_on_the_data_type()
    {
        var result = await probe.ReadAsync(Device(), Point(20, PointDataType.Float32, ByteOrder.ABCD), CancellationToken.None);

        Assert.Equal("dataType", result.Field);
        Assert.StartsWith("decode error: registers 0x7FC0 0x0000 hold no valid", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_that_does_not_answer_times_out_on_the_request_timeout()
    {
        var result = await probe.ReadAsync(Device(unitId: 7), Point(2, PointDataType.Int16), CancellationToken.None);

        Assert.Equal("requestTimeoutMs", result.Field);
        Assert.StartsWith("timeout: no answer within 2000 ms reading HoldingRegisters 2..2 of unit 7", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_nobody_listens_on_is_a_connection_failure_on_the_host()
    {
        var result = await probe.ReadAsync(Device(port: FreePort.Next()), Point(2, PointDataType.Int16), CancellationToken.None);

        Assert.Equal("host", result.Field);
        Assert.StartsWith("connection to 127.0.0.1:", result.Error, StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await server!.DisposeAsync();

    private Device Device(byte unitId = 1, int? port = null) => new(
        "plc1", "127.0.0.1", port ?? server!.LocalEndPoint.Port, unitId,
        // Generous: a busy CI machine once took over 500 ms to accept a loopback connection; only the unit-7 test waits the request timeout out.
        DeviceConnection.Default with { RequestTimeout = TimeSpan.FromSeconds(2), ConnectTimeout = TimeSpan.FromSeconds(5) },
        true, "fast");

    private static Point Point(int address, PointDataType type, ByteOrder? order = null, double scale = 1.0)
    {
        if (!PointEncoding.TryCreate(type, order, 0, 0, scale, 0, false, out var encoding, out var error))
        {
            throw new InvalidOperationException(error);
        }

        return new Point { Device = "plc1", Name = "probe", Table = ModbusTable.HoldingRegisters, Address = address, Encoding = encoding! };
    }
}
