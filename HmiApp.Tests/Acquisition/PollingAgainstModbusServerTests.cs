using System.Net;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Modbus;
using HmiApp.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmiApp.Tests.Acquisition;

/// <summary>The engine polling our real Modbus TCP server over loopback, through a device outage and back.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class PollingAgainstModbusServerTests : IAsyncDisposable
{
    private readonly ModbusUnit _unit = ModbusUnit.InMemory(1000);
    private readonly int _port = FreePort.Next();
    private ModbusTcpServer _server;

    public PollingAgainstModbusServerTests()
    {
        Span<ushort> flow = stackalloc ushort[2];
        PointCodec.Encode(PointValue.FromNumber(12.5), new PointEncoding(PointDataType.Float32), flow);
        _unit.HoldingRegisters.Write(0, flow);
        _unit.HoldingRegisters.Write(2, [215]);
        _unit.Coils.Write(3, [true]);
        _server = StartServer();
    }

    [Fact]
    public async Task Values_arrive_good_go_uncertain_then_bad_when_the_device_stops_and_good_again_when_it_returns()
    {
        var sink = new RecordingSink();
        var (engine, values, _) = AcquisitionFixtures.Engine(TimeProvider.System, sinks: sink);
        // A 1 s period: the last good value stays Uncertain for two periods after the device stops, then is Bad.
        await engine.ApplyAsync(AcquisitionFixtures.Map(_port, periodMs: 1000), CancellationToken.None);
        Task Poll() => engine.PollAsync("plc1", "fast", CancellationToken.None);

        await Eventually.HoldsAsync(Poll, () => values.Get(1)?.Quality.IsGood == true, () => Describe(values));
        Assert.Equal(12.5, values.Get(1)!.Value.Number);
        Assert.Equal(21.5, values.Get(2)!.Value.Number, 9);
        Assert.True(values.Get(3)!.Value.Boolean);
        Assert.Equal([1L, 2L, 3L], sink.Samples.Where(s => s.Quality == QualityStatus.Good).Select(s => s.PointId).Distinct().Order());
        var status = Assert.Single(engine.Statuses());
        Assert.True(status.Connected);
        Assert.NotNull(status.LastLatencyMs);

        await _server.DisposeAsync();
        await Poll();
        var afterFirstFailure = values.Get(1)!;
        Assert.True(afterFirstFailure.Quality.Status == QualityStatus.Uncertain, Describe(values));
        Assert.StartsWith("last read failed: connection failed", afterFirstFailure.Quality.Reason, StringComparison.Ordinal);
        Assert.Equal(12.5, afterFirstFailure.Value.Number);

        await Eventually.HoldsAsync(Poll,
            () => values.Get(1)!.Quality.Status == QualityStatus.Bad && engine.Statuses()[0].Breaker == BreakerState.Open,
            () => Describe(values) + " breaker " + engine.Statuses()[0].Breaker);
        Assert.False(values.Get(1)!.Value.HasValue);
        Assert.Contains(sink.Samples, s => s.PointId == 1 && s.Quality == QualityStatus.Bad && s.Value is null);
        Assert.True(engine.Statuses()[0].PollsFailed >= 2);
        Assert.Contains("connection failed", engine.Statuses()[0].LastError, StringComparison.Ordinal);

        _unit.HoldingRegisters.Write(2, [300]);
        _server = StartServer();
        await Eventually.HoldsAsync(Poll, () => values.Get(2)!.Quality.IsGood, () => Describe(values));
        Assert.Equal(30.0, values.Get(2)!.Value.Number, 9);
        Assert.Equal(BreakerState.Closed, engine.Statuses()[0].Breaker);
        await engine.DisposeAsync();
    }

    [Fact]
    public async Task A_device_that_answers_with_an_exception_gives_bad_points_with_the_code_and_keeps_the_breaker_closed()
    {
        var (engine, values, _) = AcquisitionFixtures.Engine(TimeProvider.System);
        await engine.ApplyAsync(AcquisitionFixtures.Map(_port, extraPoints: "Point,far,,,,,,,,plc1,InputRegisters,5000,Int16,,,"), CancellationToken.None);

        await Eventually.HoldsAsync(() => engine.PollAsync("plc1", "fast", CancellationToken.None), () => values.Get(4) is not null, () => Describe(values));

        var far = values.Get(4)!;
        Assert.Equal(QualityStatus.Bad, far.Quality.Status);
        Assert.StartsWith("exception code 2", far.Quality.Reason, StringComparison.Ordinal);
        Assert.True(values.Get(1)!.Quality.IsGood);
        Assert.Equal(BreakerState.Closed, engine.Statuses()[0].Breaker);
        await engine.DisposeAsync();
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private ModbusTcpServer StartServer()
    {
        var server = new ModbusTcpServer(
            new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = _port },
            new Dictionary<byte, IModbusUnit> { [1] = _unit },
            NullLogger<ModbusTcpServer>.Instance);
        server.Start();
        return server;
    }

    private static string Describe(CurrentValueTable values) =>
        string.Join(", ", values.All.OrderBy(s => s.PointId).Select(s => $"{s.PointId}={s.Value} {s.Quality}"));
}
