using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Files;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HmiApp.Tests.Acquisition;

/// <summary>Builds engines and maps for the tests without the web host.</summary>
public static class AcquisitionFixtures
{
    public static AcquisitionOptions FastOptions() => new()
    {
        BreakerFailureThreshold = 2,
        BreakerBackoff = TimeSpan.FromMilliseconds(100),
        BreakerMaxBackoff = TimeSpan.FromMilliseconds(200),
    };

    public static (AcquisitionEngine Engine, CurrentValueTable Values, LiveValueBroadcaster Broadcaster) Engine(
        TimeProvider time, AcquisitionOptions? options = null, params IPointSampleSink[] sinks)
    {
        var o = Options.Create(options ?? FastOptions());
        var broadcaster = new LiveValueBroadcaster(o, time, NullLogger<LiveValueBroadcaster>.Instance);
        var values = new CurrentValueTable(broadcaster);
        return (new AcquisitionEngine(values, sinks, o, NullLoggerFactory.Instance, time), values, broadcaster);
    }

    /// <summary>A map of one device on 127.0.0.1:<paramref name="port"/> and a few points; ids 1, 2, ... in order.</summary>
    public static StoredPointMap Map(int port, int periodMs = 200, string extraPoints = "")
    {
        var csv = $"""
            kind,name,periodMs,host,port,unitId,scanClass,requestTimeoutMs,connectTimeoutMs,device,table,address,dataType,scale,deadband,tags
            ScanClass,fast,{periodMs},,,,,,,,,,,,,
            Device,plc1,,127.0.0.1,{port},1,fast,300,300,,,,,,,
            Point,flow,,,,,,,,plc1,HoldingRegisters,0,Float32,,0.5,area:north
            Point,level,,,,,,,,plc1,HoldingRegisters,2,Int16,0.1,,area:south
            Point,run,,,,,,,,plc1,Coils,3,Boolean,,,kind
            {extraPoints}
            """;
        var import = PointMapFiles.Read(PointMapFormat.Csv, csv);
        var map = import.Map ?? throw new InvalidOperationException(string.Join("\n", import.Issues));
        return new StoredPointMap(map, map.Points.Select((p, i) => (p.Key, Id: (long)i + 1)).ToDictionary(x => x.Key, x => x.Id, PointKey.Comparer));
    }
}
