using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using HmiApp.Infrastructure.Simulation;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Simulation;

/// <summary>A fresh embedded default polls the simulated plant with no configuration at all.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class EmbeddedDefaultPollingTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new HmiAppFactory()
        .With("Simulator:Enabled", "true")
        .With("Simulator:TestDevicePort", FreePort.Next().ToString(CultureInfo.InvariantCulture))
        .With("Simulator:Wells:0:Id", "W-7")
        .With("Simulator:Wells:0:Name", "Well 7")
        .With("Simulator:Wells:0:Port", FreePort.Next().ToString(CultureInfo.InvariantCulture));

    [Fact]
    public async Task The_simulated_plant_is_seeded_as_a_point_map_and_its_values_arrive_good()
    {
        var client = await app.CreateApiClientAsync();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement flow;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/points?tag=well:W-7&search=FlowRate");
            flow = page.GetProperty("items").EnumerateArray().SingleOrDefault();
            if (flow.ValueKind == JsonValueKind.Object && flow.GetProperty("quality").GetString() == "Good")
            {
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, "no Good value of W-7/FlowRate within 30 s");
            await Task.Delay(200);
        }
        while (true);

        Assert.InRange(double.Parse(flow.GetProperty("value").GetString()!, CultureInfo.InvariantCulture), 1, 10_000);
        var devices = await client.GetFromJsonAsync<JsonElement>("/api/v1/devices");
        Assert.Equal(["TEST-1", "W-7"], devices.EnumerateArray().Select(d => d.GetProperty("name").GetString()).Order());

        var testPoints = await client.GetFromJsonAsync<JsonElement>("/api/v1/points?tag=kind:test&take=200");
        Assert.Equal(Infrastructure.Simulation.TestDevice.TestDeviceRegisterMap.Entries.Count, testPoints.GetProperty("total").GetInt32());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
