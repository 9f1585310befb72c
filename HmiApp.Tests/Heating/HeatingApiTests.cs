using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;
using HmiApp.Tests.TestSupport;
using HmiApp.Zones;

namespace HmiApp.Tests.Heating;

/// <summary>The REST API in the running app; the bank is written directly where a test plays the bus.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class HeatingApiTests(HeatingApiTests.SeededGateway gateway) : IClassFixture<HeatingApiTests.SeededGateway>
{
    private readonly ZoneId _zone = SeededGateway.Zone;
    private readonly GatewayApp _app = gateway.App;

    private HttpClient Http => _app.Http;

    [Fact]
    public async Task Every_read_carries_the_freshness_of_its_bus_data()
    {
        var zones = await Http.GetFromJsonAsync<ZoneListDto>("/api/v1/heating/zones");
        var zone = Assert.Single(zones!.Zones, z => z.Base == 1 && z.Zone == 5);
        Assert.Equal((19.5, 20.0, "Normal"), (zone.Temperature!.Value, zone.Setpoint!.Value, zone.State));
        Assert.False(zone.Freshness.Stale);

        var circuits = await Http.GetFromJsonAsync<MixedCircuitListDto>("/api/v1/heating/mixed-circuits");
        Assert.Equal(new MixedCircuitDto(1, 40, true, 35, 30, circuits!.MixedCircuits[0].Freshness), Assert.Single(circuits.MixedCircuits));

        var dehumidifiers = await Http.GetFromJsonAsync<HeatingUnitListDto>("/api/v1/heating/dehumidifiers");
        Assert.Equal((2, true), (Assert.Single(dehumidifiers!.Units).Number, dehumidifiers.Units[0].Running));
        var pumps = await Http.GetFromJsonAsync<HeatingUnitListDto>("/api/v1/heating/pumps");
        Assert.Equal((3, false), (Assert.Single(pumps!.Units).Number, pumps.Units[0].Running));

        var notifications = await Http.GetFromJsonAsync<NotificationsDto>("/api/v1/heating/notifications");
        Assert.Equal(((bool?)false, (bool?)false, (bool?)true), (notifications!.ErrorsPresent, notifications.WarningsPresent, notifications.HintsPresent));

        // Never written by the bus: stale, without an age.
        var operation = await Http.GetFromJsonAsync<OperationDto>("/api/v1/heating/operation");
        Assert.True(operation!.Freshness.Stale);
        Assert.Null(operation.Freshness.AgeSeconds);

        foreach (var path in new[] { "zones", "zones/1/5", "operation", "mixed-circuits", "outside-temperature", "notifications", "dehumidifiers", "pumps" })
        {
            var body = await Http.GetStringAsync($"/api/v1/heating/{path}");
            Assert.Contains("\"stale\":", body);
        }
    }

    [Theory]
    [InlineData("{\"setpoint\": 30.5}", "out of range")]
    [InlineData("{\"setpoint\": 21.2}", "0.5 °C grid")]
    [InlineData("{}", "setpoint is required")]
    public async Task A_setpoint_outside_the_limits_gets_400_naming_the_field_and_is_not_written(string body, string why)
    {
        var response = await Http.PutAsync("/api/v1/heating/zones/1/5/setpoint", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(why, await FieldErrorAsync(response, "setpoint"));
        Assert.Equal(20, HeatingTemperature.Decode(_app.Get<HeatingRegisterBank>().Read(_zone.Address(ZoneRegister.Setpoint))));
    }

    [Theory]
    [InlineData("/api/v1/heating/zones/6/1", "base")]
    [InlineData("/api/v1/heating/zones/0/1", "base")]
    [InlineData("/api/v1/heating/zones/1/13", "zone")]
    public async Task A_zone_outside_the_map_gets_400_naming_base_or_zone(string path, string field)
    {
        var response = await Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("out of range", await FieldErrorAsync(response, field));
    }

    [Fact]
    public async Task A_zone_the_base_station_never_reported_is_404_saying_so()
    {
        var response = await Http.PutAsJsonAsync("/api/v1/heating/zones/2/1/setpoint", new SetpointChange(21));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("has not reported base 2 zone 1", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task States_and_modes_are_written_by_name_and_unknown_ones_get_400()
    {
        var state = await Http.PutAsJsonAsync("/api/v1/heating/zones/1/6/state", new StateChange("Party"));
        Assert.Equal(HttpStatusCode.OK, state.StatusCode);
        var write = await state.Content.ReadFromJsonAsync<HeatingWriteDto>();
        Assert.Equal(("Normal", "Party", "Party"), (write!.Old, write.New, write.ReadBack));
        Assert.Equal((ushort)OperatingState.Party, _app.Get<HeatingRegisterBank>().Read(new ZoneId(1, 6).Address(ZoneRegister.State)));

        var mode = await Http.PutAsJsonAsync("/api/v1/heating/operation/mode", new ModeChange("ManualCooling"));
        Assert.Equal(HttpStatusCode.OK, mode.StatusCode);
        Assert.Equal("ManualCooling", (await Http.GetFromJsonAsync<OperationDto>("/api/v1/heating/operation"))!.Mode);

        var badState = await Http.PutAsJsonAsync("/api/v1/heating/operation/state", new StateChange("Sleeping"));
        Assert.Equal(HttpStatusCode.BadRequest, badState.StatusCode);
        Assert.Contains("'Sleeping' is not valid", await FieldErrorAsync(badState, "state"));

        var badMode = await Http.PutAsJsonAsync("/api/v1/heating/operation/mode", new ModeChange("9"));
        Assert.Equal(HttpStatusCode.BadRequest, badMode.StatusCode);
        Assert.Contains("'9' is not valid", await FieldErrorAsync(badMode, "mode"));
    }

    [Fact]
    public async Task States_and_modes_are_written_by_rehau_number_as_the_docs_promise()
    {
        // The class shares one gateway: put zone 1/6 back as found, for the test that writes it by name.
        var found = (await Http.GetFromJsonAsync<ZoneDto>("/api/v1/heating/zones/1/6"))!.State;
        var state = await Http.PutAsync("/api/v1/heating/zones/1/6/state", new StringContent("{\"state\": 2}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, state.StatusCode);
        Assert.Equal("Reduced", (await state.Content.ReadFromJsonAsync<HeatingWriteDto>())!.New);
        Assert.Equal((ushort)OperatingState.Reduced, _app.Get<HeatingRegisterBank>().Read(new ZoneId(1, 6).Address(ZoneRegister.State)));

        var mode = await Http.PutAsync("/api/v1/heating/operation/mode", new StringContent("{\"mode\": 2}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, mode.StatusCode);
        Assert.Equal(nameof(OperatingMode.Heating), (await Http.GetFromJsonAsync<OperationDto>("/api/v1/heating/operation"))!.Mode);

        var outOfRange = await Http.PutAsync("/api/v1/heating/zones/1/6/state", new StringContent("{\"state\": 99}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, outOfRange.StatusCode);
        Assert.Contains("'99' is not valid", await FieldErrorAsync(outOfRange, "state"));

        var fraction = await Http.PutAsync("/api/v1/heating/zones/1/6/state", new StringContent("{\"state\": 2.5}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, fraction.StatusCode);
        Assert.Contains("whole number", await FieldErrorAsync(fraction, "state"));

        (await Http.PutAsJsonAsync("/api/v1/heating/zones/1/6/state", new StateChange(found))).EnsureSuccessStatusCode();
    }

    private static async Task<string> FieldErrorAsync(HttpResponseMessage response, string field)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out var messages), $"no error for '{field}' in {problem.RootElement}");
        return messages[0].GetString()!;
    }

    /// <summary>One app for the class: zones 1/5 and 1/6, a mixed circuit, a dehumidifier, a pump and a hint, as a base station would write them.</summary>
    public sealed class SeededGateway : IAsyncLifetime
    {
        public static readonly ZoneId Zone = new(1, 5);
        private readonly string _directory = Directory.CreateTempSubdirectory("hmi-heating-api-").FullName;

        public GatewayApp App { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            App = await GatewayApp.StartAsync(Path.Combine(_directory, "hmi.db"));
            var bank = App.Get<HeatingRegisterBank>();
            bank.Write(Zone.Address(ZoneRegister.State), [(ushort)OperatingState.Normal, HeatingTemperature.Encode(20), HeatingTemperature.Encode(19.5)]);
            bank.Write(new ZoneId(1, 6).Address(ZoneRegister.State), [(ushort)OperatingState.Normal, HeatingTemperature.Encode(20), HeatingTemperature.Encode(19.5)]);
            bank.Write(HeatingRegisterMap.MixedCircuit(1, MixedCircuitRegister.ValveOpening), [40, 1, HeatingTemperature.Encode(35), HeatingTemperature.Encode(30)]);
            bank.Write(HeatingRegisterMap.Dehumidifier(2), [1]);
            bank.Write(HeatingRegisterMap.ExtraPump(3), [0]);
            bank.Write(HeatingRegisterMap.ErrorsPresent, [0, 0, 0, 1]);
        }

        public async Task DisposeAsync()
        {
            await App.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
