using System.Net;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Storage;
using HmiApp.Infrastructure.Acquisition.Writing;
using HmiApp.Infrastructure.Modbus;
using HmiApp.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmiApp.Tests.Acquisition;

/// <summary>The point writer against our real Modbus TCP server on loopback, through the engine's device client.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class PointWriterTests : IAsyncLifetime
{
    private static readonly PointEncoding Float = new(PointDataType.Float32, ByteOrder.ABCD);

    private readonly ModbusUnit unit = ModbusUnit.InMemory(1000);
    private readonly ModbusTcpServer server;
    private readonly AcquisitionEngine engine;

    public PointWriterTests()
    {
        server = new ModbusTcpServer(new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = 0 },
            new Dictionary<byte, IModbusUnit> { [1] = unit }, NullLogger<ModbusTcpServer>.Instance);
        server.Start();
        engine = AcquisitionFixtures.Engine(TimeProvider.System).Engine;
    }

    private PointWriter Writer => new(engine);

    public async Task InitializeAsync()
    {
        var device = new Device("vsd1", "127.0.0.1", server.LocalEndPoint.Port, 1, DeviceConnection.Default, Enabled: true, "fast");
        Point P(string name, ModbusTable table, int address, PointEncoding encoding, bool writable = true, double? min = null, double? max = null) => new()
        {
            Device = "vsd1", Name = name, Table = table, Address = address, Encoding = encoding, Units = "Hz",
            Writable = writable, WriteMin = min, WriteMax = max,
        };
        var points = new List<Point>
        {
            P("setpoint", ModbusTable.HoldingRegisters, 100, Float, min: 0, max: 70),
            P("run", ModbusTable.HoldingRegisters, 102, new PointEncoding(PointDataType.UInt16)),
            P("level", ModbusTable.HoldingRegisters, 104, new PointEncoding(PointDataType.Int16, scale: 0.5)),
            P("flow", ModbusTable.InputRegisters, 0, Float, writable: false),
            P("valve", ModbusTable.Coils, 3, new PointEncoding(PointDataType.Boolean)),
            P("far", ModbusTable.HoldingRegisters, 5000, Float),
        };
        var map = new PointMap([new ScanClass("fast", TimeSpan.FromSeconds(1), TimeSpan.Zero)], [device], points);
        await engine.ApplyAsync(new StoredPointMap(map, points.Select((p, i) => (p.Key, (long)i + 1)).ToDictionary(x => x.Key, x => x.Item2, PointKey.Comparer)), CancellationToken.None);
    }

    [Fact]
    public async Task A_value_within_the_write_limits_is_written_encoded_and_read_back()
    {
        var outcome = await Writer.WriteAsync(new PointKey("VSD1", "Setpoint"), PointValue.FromNumber(52.5), CancellationToken.None);

        Assert.Equal(PointWriteStatus.Written, outcome.Status);
        Assert.True(outcome.Succeeded);
        Assert.Equal(52.5, outcome.ReadBack!.Value.Number);
        Assert.Equal(52.5, PointCodec.Decode(Holding(100, 2), Float).Number);
        Assert.Contains("read back 52.5", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_outside_the_write_limits_is_refused_with_the_limit_and_nothing_is_sent()
    {
        var outcome = await Writer.WriteAsync(new PointKey("vsd1", "setpoint"), PointValue.FromNumber(75), CancellationToken.None);

        Assert.Equal(PointWriteStatus.Refused, outcome.Status);
        Assert.Equal("75 Hz is above the write limit 70 Hz of point vsd1/setpoint", outcome.Detail);
        Assert.Equal([0, 0], Holding(100, 2));
        Assert.Null(outcome.ReadBack);
    }

    [Fact]
    public async Task A_value_the_encoding_cannot_hold_is_refused_with_the_codec_reason()
    {
        var outcome = await Writer.WriteAsync(new PointKey("vsd1", "level"), PointValue.FromNumber(10.25), CancellationToken.None);

        Assert.Equal(PointWriteStatus.Refused, outcome.Status);
        Assert.Contains("not a whole number of raw units", outcome.Detail, StringComparison.Ordinal);
        Assert.Equal([0], Holding(104, 1));
    }

    [Fact]
    public async Task Read_only_and_unknown_points_are_refused_by_name()
    {
        var readOnly = await Writer.WriteAsync(new PointKey("vsd1", "flow"), PointValue.FromNumber(1), CancellationToken.None);
        var unknown = await Writer.WriteAsync(new PointKey("vsd1", "nothing"), PointValue.FromNumber(1), CancellationToken.None);

        Assert.Equal(PointWriteStatus.NotWritable, readOnly.Status);
        Assert.Contains("vsd1/flow is read-only (InputRegisters, not marked writable)", readOnly.Detail, StringComparison.Ordinal);
        Assert.Equal(PointWriteStatus.UnknownPoint, unknown.Status);
        Assert.Equal("point vsd1/nothing is not in the applied point map", unknown.Detail);
    }

    [Fact]
    public async Task A_device_that_holds_another_value_after_the_write_is_reported_as_a_read_back_mismatch()
    {
        // Like a VSD that clamps a command to what it accepts: the register holds 60 whatever was written.
        void Clamp(object? sender, ModbusBankWrittenEventArgs e)
        {
            if (e.Start <= 100 && e.Start + e.Count > 100)
            {
                Span<ushort> clamped = stackalloc ushort[2];
                PointCodec.Encode(PointValue.FromNumber(60), Float, clamped);
                unit.HoldingRegisters.Written -= Clamp;
                unit.HoldingRegisters.Write(100, clamped);
                unit.HoldingRegisters.Written += Clamp;
            }
        }

        unit.HoldingRegisters.Written += Clamp;

        var outcome = await Writer.WriteAsync(new PointKey("vsd1", "setpoint"), PointValue.FromNumber(65), CancellationToken.None);

        Assert.Equal(PointWriteStatus.ReadBackMismatch, outcome.Status);
        Assert.Equal(60, outcome.ReadBack!.Value.Number);
        Assert.Equal("wrote 65 but device vsd1 holds 60 when read back", outcome.Detail);
    }

    [Fact]
    public async Task A_single_register_command_and_a_coil_are_written_and_read_back()
    {
        var run = await Writer.WriteAsync(new PointKey("vsd1", "run"), PointValue.FromNumber(1), CancellationToken.None);
        var valve = await Writer.WriteAsync(new PointKey("vsd1", "valve"), PointValue.FromBoolean(true), CancellationToken.None);

        Assert.Equal(PointWriteStatus.Written, run.Status);
        Assert.Equal([1], Holding(102, 1));
        Assert.Equal(PointWriteStatus.Written, valve.Status);
        var coil = new bool[1];
        unit.Coils.Read(3, coil);
        Assert.True(coil[0]);
    }

    [Fact]
    public async Task A_modbus_exception_and_a_silent_device_are_failures_that_name_the_device_and_the_cause()
    {
        var refused = await Writer.WriteAsync(new PointKey("vsd1", "far"), PointValue.FromNumber(1), CancellationToken.None);
        Assert.Equal(PointWriteStatus.Failed, refused.Status);
        Assert.StartsWith($"device vsd1 (127.0.0.1:{server.LocalEndPoint.Port}):", refused.Detail, StringComparison.Ordinal);
        Assert.Contains("illegal data address", refused.Detail, StringComparison.OrdinalIgnoreCase);

        await server.DisposeAsync();
        var silent = await Writer.WriteAsync(new PointKey("vsd1", "setpoint"), PointValue.FromNumber(50), CancellationToken.None);
        Assert.Equal(PointWriteStatus.Failed, silent.Status);
        Assert.StartsWith("device vsd1", silent.Detail, StringComparison.Ordinal);
    }

    private ushort[] Holding(ushort address, int count)
    {
        var words = new ushort[count];
        unit.HoldingRegisters.Read(address, words);
        return words;
    }

    public async Task DisposeAsync()
    {
        await engine.DisposeAsync();
        await server.DisposeAsync();
    }
}
