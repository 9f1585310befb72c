using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Simulation;

[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class SimulatorApiTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new HmiAppFactory()
        .With("Simulator:Enabled", "true")
        .With("Simulator:TestDevicePort", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture))
        .With("Simulator:Wells:0:Id", "W-9")
        .With("Simulator:Wells:0:Name", "Well 9")
        .With("Simulator:Wells:0:Port", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Faults_are_started_listed_and_cleared_per_well_and_per_device()
    {
        var client = await app.CreateApiClientAsync();

        var started = await client.PutAsync("/api/v1/simulator/wells/W-9/faults/gaslock", null);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync("/api/v1/simulator/devices/TEST-1/faults/StopAnswering", null)).StatusCode);

        var devices = await client.GetFromJsonAsync<JsonElement>("/api/v1/simulator");
        var well = devices.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "W-9");
        var test = devices.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "TEST-1");
        Assert.Equal(["GasLock"], well.GetProperty("wellFaults").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(["StopAnswering"], test.GetProperty("deviceFaults").EnumerateArray().Select(f => f.GetString()));

        Assert.Equal(HttpStatusCode.OK, (await client.DeleteAsync("/api/v1/simulator/wells/W-9/faults/GasLock")).StatusCode);
        devices = await client.GetFromJsonAsync<JsonElement>("/api/v1/simulator");
        Assert.Empty(devices.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "W-9").GetProperty("wellFaults").EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_fault_is_a_400_naming_the_field_and_the_allowed_faults()
    {
        var response = await (await app.CreateApiClientAsync()).PutAsync("/api/v1/simulator/wells/W-9/faults/Meltdown", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"fault\"", body);
        Assert.Contains("Meltdown", body);
        Assert.Contains("BrokenShaft", body);
    }

    [Fact]
    public async Task An_unknown_well_is_a_404_listing_the_known_ones()
    {
        var response = await (await app.CreateApiClientAsync()).PutAsync("/api/v1/simulator/wells/W-404/faults/GasLock", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("W-9", await response.Content.ReadAsStringAsync());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
