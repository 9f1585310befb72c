using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Files;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Scanning;
using HmiApp.Infrastructure.Acquisition.Storage;
using HmiApp.Infrastructure.Persistence;
using HmiApp.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HmiApp.Tests.Acquisition.Scanning;

/// <summary>
/// Device ownership across nodes on a real PostgreSQL: two nodes split six devices with no device on both; when one
/// node's session ends (as when its process dies) the other takes all six; a third node joining takes its share.
/// </summary>
[Trait(TestCategory.Key, TestCategory.PostgreSql)]
[Collection(PostgresCollection.Name)]
public sealed class PostgresDeviceOwnershipTests(PostgresServer postgres)
{
    private static readonly string[] Devices = ["d1", "d2", "d3", "d4", "d5", "d6"];

    [Fact]
    public async Task Nodes_share_the_devices_one_owner_each_and_a_dead_nodes_devices_move_to_the_others()
    {
        var connection = await postgres.CreateDatabaseAsync("ownership");
        var a = await StartNodeAsync(connection);
        var b = await StartNodeAsync(connection);

        await Eventually.HoldsAsync(() => Task.CompletedTask, () => a.Owned.Count == 3 && b.Owned.Count == 3, () => Describe(a, b), TimeSpan.FromSeconds(20));
        Assert.Empty(a.Owned.Intersect(b.Owned));
        Assert.Equal(Devices, a.Owned.Union(b.Owned).Order());

        // Ending a node's session is what the server sees when its process is killed: the locks go with it.
        await a.StopAsync(CancellationToken.None);
        await Eventually.HoldsAsync(() => Task.CompletedTask, () => b.Owned.Count == 6, () => Describe(a, b), TimeSpan.FromSeconds(20));

        var c = await StartNodeAsync(connection);
        await Eventually.HoldsAsync(() => Task.CompletedTask, () => b.Owned.Count == 3 && c.Owned.Count == 3, () => Describe(b, c), TimeSpan.FromSeconds(20));
        Assert.Empty(b.Owned.Intersect(c.Owned));
        await b.StopAsync(CancellationToken.None);
        await c.StopAsync(CancellationToken.None);
    }

    private static string Describe(PostgresDeviceOwnership first, PostgresDeviceOwnership second) =>
        $"first owns [{string.Join(",", first.Owned.Order())}], second owns [{string.Join(",", second.Owned.Order())}]";

    private static async Task<PostgresDeviceOwnership> StartNodeAsync(string connection)
    {
        var (engine, _, _) = AcquisitionFixtures.Engine(TimeProvider.System);
        await engine.ApplyAsync(SixDevices(), CancellationToken.None);
        var ownership = new PostgresDeviceOwnership(
            engine,
            Options.Create(new DatabaseOptions { Provider = "PostgreSql", ConnectionString = connection }),
            Options.Create(new AcquisitionOptions { OwnershipInterval = TimeSpan.FromMilliseconds(200) }),
            NullLogger<PostgresDeviceOwnership>.Instance);
        await ownership.StartAsync(CancellationToken.None);
        return ownership;
    }

    private static StoredPointMap SixDevices()
    {
        // Devices on a closed port: ownership needs the map, not answers.
        var csv = "kind,name,periodMs,host,port,unitId,scanClass,device,table,address,dataType\nScanClass,fast,1000,,,,,,,,\n"
            + string.Concat(Devices.Select(d => $"Device,{d},,127.0.0.1,9,1,fast,,,,\nPoint,p,,,,,,{d},HoldingRegisters,0,Int16\n"));
        var import = PointMapFiles.Read(PointMapFormat.Csv, csv);
        var map = import.Map ?? throw new InvalidOperationException(string.Join("\n", import.Issues));
        return new StoredPointMap(map, map.Points.Select((p, i) => (p.Key, Id: (long)i + 1)).ToDictionary(x => x.Key, x => x.Id, PointKey.Comparer));
    }
}
