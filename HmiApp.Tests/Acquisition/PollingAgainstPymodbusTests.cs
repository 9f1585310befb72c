using System.Globalization;
using HmiApp.Domain.Acquisition;
using HmiApp.Tests.Modbus.Net;
using HmiApp.Tests.Modbus.Net.Peers;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Acquisition;

/// <summary>The engine polling an independent Modbus server (pymodbus 3.0) that is killed and started again.</summary>
[Trait(TestCategory.Key, TestCategory.Peer)]
public sealed class PollingAgainstPymodbusTests
{
    [RequiresToolFact(PeerTool.Pymodbus)]
    public async Task Polls_pymodbus_good_goes_bad_with_open_breaker_when_it_dies_and_recovers_when_it_returns()
    {
        var port = FreePort.Next();
        var peer = await StartPeerAsync(port);
        var (engine, values, _) = AcquisitionFixtures.Engine(TimeProvider.System);
        var csv = $"""
            kind,name,periodMs,host,port,unitId,scanClass,requestTimeoutMs,connectTimeoutMs,device,table,address,dataType
            ScanClass,fast,500,,,,,,,,,,
            Device,peer,,127.0.0.1,{port},1,fast,300,300,,,,
            Point,hr7,,,,,,,,peer,HoldingRegisters,7,UInt16
            Point,ir3,,,,,,,,peer,InputRegisters,3,UInt16
            Point,coil2,,,,,,,,peer,Coils,2,Boolean
            """;
        var map = Infrastructure.Acquisition.Files.PointMapFiles.Read(Infrastructure.Acquisition.Files.PointMapFormat.Csv, csv).Map!;
        await engine.ApplyAsync(new(map, map.Points.Select((p, i) => (p.Key, (long)i + 1)).ToDictionary(x => x.Key, x => x.Item2, PointKey.Comparer)), CancellationToken.None);
        Task Poll() => engine.PollAsync("peer", "fast", CancellationToken.None);
        try
        {
            await Eventually.HoldsAsync(Poll, () => values.All.Count == 3 && values.All.All(v => v.Quality.IsGood), () => string.Join(", ", values.All.Select(v => v.Quality)));
            Assert.Equal(PeerPattern.HoldingRegister(1, 7), values.Get(1)!.Value.Number);
            Assert.Equal(PeerPattern.InputRegister(1, 3), values.Get(2)!.Value.Number);
            Assert.Equal(PeerPattern.Coil(1, 2), values.Get(3)!.Value.Boolean);

            peer.Dispose();
            await Eventually.HoldsAsync(Poll,
                () => values.Get(1)!.Quality.Status == QualityStatus.Bad && engine.Statuses()[0].Breaker != BreakerState.Closed,
                () => $"{values.Get(1)!.Quality} breaker {engine.Statuses()[0].Breaker}");
            Assert.NotNull(values.Get(1)!.Quality.Reason);

            peer = await StartPeerAsync(port);
            await Eventually.HoldsAsync(Poll, () => values.All.All(v => v.Quality.IsGood), () => string.Join(", ", values.All.Select(v => v.Quality)));
            Assert.Equal(BreakerState.Closed, engine.Statuses()[0].Breaker);
        }
        finally
        {
            peer.Dispose();
            await engine.DisposeAsync();
        }
    }

    private static async Task<PeerProcess> StartPeerAsync(int port)
    {
        var peer = PeerProcess.Start(PeerTools.SystemPython, PeerBuild.PeerSource("pymodbus_server.py"), port.ToString(CultureInfo.InvariantCulture));
        var line = await peer.ReadLineAsync(TimeSpan.FromSeconds(20));
        Assert.True(line == "ready", $"pymodbus printed '{line}' instead of 'ready': {peer.StandardError}");
        return peer;
    }
}
