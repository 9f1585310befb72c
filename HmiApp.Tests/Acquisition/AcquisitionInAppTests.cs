using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Files;
using HmiApp.Infrastructure.Acquisition.Storage;
using HmiApp.Infrastructure.Modbus;
using HmiApp.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmiApp.Tests.Acquisition;

/// <summary>
/// The whole app on SQLite with Hangfire on its SQLite storage: a point map applied through the service is polled
/// by the scan clock against our Modbus server, and served by the REST API; a bad import changes nothing.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class AcquisitionInAppTests : IAsyncLifetime
{
    private readonly HmiAppFactory _app = new();
    private readonly ModbusUnit _unit = ModbusUnit.InMemory(1000);
    private ModbusTcpServer? _server;

    public Task InitializeAsync()
    {
        _unit.HoldingRegisters.Write(2, [215]);
        _server = new ModbusTcpServer(
            new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = 0 },
            new Dictionary<byte, IModbusUnit> { [1] = _unit },
            NullLogger<ModbusTcpServer>.Instance);
        _server.Start();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_applied_map_is_polled_by_the_scheduler_and_a_failed_import_leaves_the_old_map_polling()
    {
        var client = await _app.CreateApiClientAsync();
        var ready = await client.GetAsync("/readyz");
        Assert.True(ready.StatusCode == HttpStatusCode.OK, await ready.Content.ReadAsStringAsync());
        var maps = _app.Services.GetRequiredService<PointMapService>();
        var csv = PointMapFiles.Write(PointMapFormat.Csv, AcquisitionFixtures.Map(_server!.LocalEndPoint.Port).Map);

        var preview = maps.Preview(PointMapFormat.Csv, csv);
        Assert.True(preview.CanApply, string.Join("\n", preview.Import.Issues));
        Assert.Equal(5, preview.Changes.Count);
        await maps.ApplyAsync(preview, "operator.anna", CancellationToken.None);

        await WaitForLevelAsync(client, "21.5");
        var devices = await client.GetFromJsonAsync<JsonElement>("/api/v1/devices");
        Assert.Equal(0, devices[0].GetProperty("breaker").GetInt32());
        Assert.True(devices[0].GetProperty("connected").GetBoolean());

        var north = await client.GetFromJsonAsync<JsonElement>("/api/v1/points?tag=area:north");
        Assert.Equal(1, north.GetProperty("total").GetInt32());
        Assert.Equal("flow", north.GetProperty("items")[0].GetProperty("name").GetString());
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/points?skip=1&take=1");
        Assert.Equal((3, "level"), (page.GetProperty("total").GetInt32(), page.GetProperty("items")[0].GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/points?take=0")).StatusCode);

        var broken = maps.Preview(PointMapFormat.Csv, csv.Replace("Int16", "Int99", StringComparison.Ordinal));
        Assert.False(broken.CanApply);
        await Assert.ThrowsAsync<ArgumentException>(() => maps.ApplyAsync(broken, "operator.anna", CancellationToken.None));

        _unit.HoldingRegisters.Write(2, [300]);
        await WaitForLevelAsync(client, "30");
        var history = await _app.Services.GetRequiredService<PointMapRepository>().HistoryAsync(10, CancellationToken.None);
        var change = Assert.Single(history);
        Assert.Equal(("operator.anna", "5 added, 0 changed, 0 removed"), (change.AppliedBy, change.Summary));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _server!.DisposeAsync();
    }

    private static async Task WaitForLevelAsync(HttpClient client, string expected)
    {
        string Describe(JsonElement e) => e.ToString();
        JsonElement last = default;
        await Eventually.HoldsAsync(
            async () => last = await client.GetFromJsonAsync<JsonElement>("/api/v1/points?search=level"),
            () => last.GetProperty("items")[0] is var item && item.GetProperty("quality").GetString() == "Good" && item.GetProperty("value").GetString() == expected,
            () => Describe(last),
            TimeSpan.FromSeconds(15));
    }
}
