using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Files;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Scanning;
using HmiApp.Infrastructure.Cluster;
using HmiApp.Tests.Acquisition;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Cluster;

/// <summary>Two nodes on one PostgreSQL: a map applied and a scan paused on one are polled so on the other, without a restart.</summary>
[Trait(TestCategory.Key, TestCategory.PostgreSql)]
[Collection(PostgresCollection.Name)]
public sealed class AcquisitionChangeRelayTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_map_applied_and_a_scan_paused_on_one_node_reach_the_other()
    {
        var database = await postgres.CreateDatabaseAsync("relay");
        await using var a = Node(database, "node-a");
        await using var b = Node(database, "node-b");
        await Task.WhenAll(a.Services.GetRequiredService<PostgresNotifications>().Listening, b.Services.GetRequiredService<PostgresNotifications>().Listening);
        var onB = b.Services.GetRequiredService<AcquisitionEngine>();
        Assert.Empty(onB.Current.Map.Devices);

        var maps = a.Services.GetRequiredService<PointMapService>();
        var preview = maps.Preview(PointMapFormat.Csv, PointMapFiles.Write(PointMapFormat.Csv, AcquisitionFixtures.Map(FreePort.Next(), 1000).Map));
        await maps.ApplyAsync(preview, "engineer.eva", CancellationToken.None);
        await Eventually.HoldsAsync(() => onB.Current.Map.Devices.Count == 1 && onB.Scans.Count == 1, TimeSpan.FromSeconds(10), "node B polling the map applied on node A");

        var job = PollJobKeys.Job("plc1", "fast");
        Assert.True(await a.Services.GetRequiredService<PollScheduler>().PauseAsync(job, "engineer.eva", CancellationToken.None));
        var clockOnB = b.Services.GetRequiredService<ScanClock>();
        await Eventually.HoldsAsync(() => clockOnB.Find(job)?.Paused == true, TimeSpan.FromSeconds(10), "the scan paused on node B too");

        Assert.True(await a.Services.GetRequiredService<PollScheduler>().ResumeAsync(job, CancellationToken.None));
        await Eventually.HoldsAsync(() => clockOnB.Find(job)?.Paused == false, TimeSpan.FromSeconds(10), "the scan resumed on node B too");
    }

    private static HmiAppFactory Node(string database, string name)
    {
        var node = new HmiAppFactory()
            .With("Database:Provider", "PostgreSql")
            .With("Database:ConnectionString", database)
            .With("Acquisition:NodeName", name);
        _ = node.Services;
        return node;
    }
}
