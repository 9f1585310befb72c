using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Audit;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Runs;
using HmiApp.Infrastructure.Acquisition.Storage;
using HmiApp.Infrastructure.Modbus;
using Microsoft.Extensions.Logging.Abstractions;
using Hangfire;
using Hangfire.Storage;
using HmiApp.Infrastructure.Acquisition.Scanning;

namespace HmiApp.Tests.Acquisition;

/// <summary>
/// The whole app on SQLite against our Modbus server: an edited point is applied as a new map version and
/// polled with its new definition, a bad edit changes nothing, a period change restarts the scan's clock, its Hangfire job stays, and
/// every poll run lands in the stored history (failures included) that the jobs REST API serves.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class PointEditInAppTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new HmiAppFactory().With("JobRuns:FlushInterval", "00:00:00.100");
    private readonly ModbusUnit unit = ModbusUnit.InMemory(1000);
    private ModbusTcpServer? server;
    private HttpClient? client;

    private PointMapService Maps => app.Services.GetRequiredService<PointMapService>();

    public async Task InitializeAsync()
    {
        unit.HoldingRegisters.Write(2, [215]);
        server = new ModbusTcpServer(
            new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = 0 },
            new Dictionary<byte, IModbusUnit> { [1] = unit },
            NullLogger<ModbusTcpServer>.Instance);
        server.Start();
        client = await app.CreateApiClientAsync();
        var map = AcquisitionFixtures.Map(server.LocalEndPoint.Port).Map;
        await Maps.ApplyAsync(new PointMapPreview(new PointMapImport(map, [], []), []), "commissioning", CancellationToken.None);
        await WaitForLevelAsync("21.5");
    }

    [Fact]
    public async Task An_edited_scale_is_polled_after_apply_and_a_bad_edit_leaves_the_old_map_polling()
    {
        var level = app.Services.GetRequiredService<AcquisitionEngine>().Current.Map.Points.Single(p => p.Name == "level");
        var fields = PointMapFields.Of(level).ToDictionary(f => f.Key, f => (string?)f.Value);

        fields["dataType"] = "Int99";
        var bad = Maps.Edit(PointMapRecordKind.Point, PointMapEntry.Of(level), fields);
        Assert.Equal("dataType", Assert.Single(bad.IssuesOfEdited).Field);
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Maps.ApplyAsync(bad, "engineer.eva", CancellationToken.None));
        Assert.Contains("dataType: ", refused.Message, StringComparison.Ordinal);
        unit.HoldingRegisters.Write(2, [300]);
        await WaitForLevelAsync("30");

        fields["dataType"] = "Int16";
        fields["scale"] = "0.5";
        var good = Maps.Edit(PointMapRecordKind.Point, PointMapEntry.Of(level), fields);
        Assert.Equal("Changed Point plc1/level: scale: '0.1' -> '0.5'", Assert.Single(Maps.Changes(good)).ToString());
        await Maps.ApplyAsync(good, "engineer.eva", CancellationToken.None);
        await WaitForLevelAsync("150");

        // The edit was made on the map before this apply: applying it again would undo whatever came in between.
        await Assert.ThrowsAsync<InvalidOperationException>(() => Maps.ApplyAsync(good, "engineer.eva", CancellationToken.None));

        var history = await app.Services.GetRequiredService<PointMapRepository>().HistoryAsync(10, CancellationToken.None);
        Assert.Equal(("engineer.eva", "0 added, 1 changed, 0 removed"), (history[0].AppliedBy, history[0].Summary));
        Assert.Contains("scale: '0.1' -> '0.5'", history[0].Details, StringComparison.Ordinal);
        var audit = await app.Services.GetRequiredService<IAuditTrail>().SearchAsync(new AuditQuery { Category = AuditCategories.PointMap }, CancellationToken.None);
        var entry = Assert.Single(audit);
        Assert.Equal(("engineer.eva", "edit", "Point plc1/level"), (entry.Actor, entry.Action, entry.Target));
    }

    [Fact]
    public async Task A_period_change_reschedules_the_job_and_every_run_is_recorded_failures_included()
    {
        var key = PollJobKeys.Job("plc1", "fast");
        var runs = app.Services.GetRequiredService<JobRunStore>();
        await Eventually.HoldsAsync(async () => (await runs.RunsAsync(key, 0, 1, CancellationToken.None)).Total >= 3, "three runs of the poll job stored");

        var tooShort = Maps.ChangePeriod("fast", TimeSpan.FromMilliseconds(20));
        Assert.Equal("periodMs", Assert.Single(tooShort.IssuesOfEdited).Field);
        await Maps.ApplyAsync(Maps.ChangePeriod("fast", TimeSpan.FromMilliseconds(350)), "admin.otto", CancellationToken.None);
        Assert.Equal(TimeSpan.FromMilliseconds(350), app.Services.GetRequiredService<ScanClock>().Find(key)!.Period);
        using (var connection = app.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            // Beside the upkeep jobs (historian maintenance, run pruning), the one poll job.
            Assert.Equal([key], connection.GetRecurringJobs().Select(j => j.Id).Where(id => id.StartsWith(PollJobKeys.Prefix, StringComparison.Ordinal)));
        }

        var jobs = await client!.GetFromJsonAsync<JsonElement>("/api/v1/jobs");
        var job = Assert.Single(jobs.EnumerateArray());
        Assert.Equal((key, 350.0), (job.GetProperty("key").GetString(), job.GetProperty("periodMs").GetDouble()));
        Assert.True(job.GetProperty("succeeded").GetInt64() >= 3, job.ToString());

        await server!.DisposeAsync();
        await Eventually.HoldsAsync(
            async () => (await runs.RunsAsync(key, 0, 1, CancellationToken.None)).Items is [{ Succeeded: false }],
            "a failed run stored once the device is gone");
        var page = await client!.GetFromJsonAsync<JsonElement>($"/api/v1/jobs/{Uri.EscapeDataString(key)}/runs?take=1");
        var failed = page.GetProperty("items")[0];
        Assert.False(failed.GetProperty("succeeded").GetBoolean());
        Assert.StartsWith("connection failed", failed.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.True(failed.GetProperty("startedAt").GetDateTimeOffset() >= failed.GetProperty("scheduledAt").GetDateTimeOffset().AddSeconds(-1));
        Assert.True(page.GetProperty("total").GetInt32() > 3);
        Assert.Equal(HttpStatusCode.NotFound, (await client!.GetAsync("/api/v1/jobs/poll:nothing/runs")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client!.GetAsync($"/api/v1/jobs/{Uri.EscapeDataString(key)}/runs?take=0")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        await app.DisposeAsync();
        await server!.DisposeAsync();
    }

    private async Task WaitForLevelAsync(string expected)
    {
        JsonElement last = default;
        await Eventually.HoldsAsync(
            async () => last = await client!.GetFromJsonAsync<JsonElement>("/api/v1/points?search=level"),
            () => last.GetProperty("items")[0] is var item && item.GetProperty("quality").GetString() == "Good" && item.GetProperty("value").GetString() == expected,
            () => last.ToString(),
            TimeSpan.FromSeconds(15));
    }
}
