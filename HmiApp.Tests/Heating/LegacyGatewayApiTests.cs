using System.Net;
using System.Text;
using System.Text.Json;
using HmiApp.Domain.Audit;
using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;
using HmiApp.Tests.TestSupport;
using HmiApp.Zones;

namespace HmiApp.Tests.Heating;

/// <summary>
/// The Nea Smart gateway's REST API on its own listener, driven as the Home Assistant integration drives it:
/// a plain HttpClient at the root of host:port, no credentials, raw JSON. Its writes must land in the register
/// bank the base station reads, in the audit and on our own API (the Zones page's source), and the reverse.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class LegacyGatewayApiTests : IAsyncLifetime
{
    private static readonly ZoneId Zone = new(1, 5);
    private readonly string _directory = Directory.CreateTempSubdirectory("hmi-legacy-gateway-").FullName;
    private GatewayApp _app = default!;
    private HttpClient _gateway = default!;

    public async Task InitializeAsync()
    {
        _app = await StartAsync("legacy.db");
        _gateway = new HttpClient { BaseAddress = _app.Get<LegacyGatewayHost>().Address };
        var bank = _app.Get<HeatingRegisterBank>();
        bank.Write(Zone.Address(ZoneRegister.State), [(ushort)OperatingState.Normal, HeatingTemperature.Encode(20), HeatingTemperature.Encode(19.5)]);
        bank.Write(new ZoneId(1, 6).Address(ZoneRegister.State), [(ushort)OperatingState.Standby, 0x8116, HeatingTemperature.Encode(18)]);
        bank.Write(HeatingRegisterMap.MixedCircuit(1, MixedCircuitRegister.ValveOpening), [40, 1, HeatingTemperature.Encode(35), HeatingTemperature.Encode(30)]);
        bank.Write(HeatingRegisterMap.Dehumidifier(2), [1]);
        bank.Write(HeatingRegisterMap.ErrorsPresent, [0, 0, 0, 1]);
    }

    private Task<GatewayApp> StartAsync(string database, params (string, string)[] more) =>
        GatewayApp.StartAsync(Path.Combine(_directory, database),
            [("LegacyGatewayApi:Enabled", "true"), ("LegacyGatewayApi:BindAddress", "127.0.0.1"), ("LegacyGatewayApi:Port", "0"), .. more]);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private double? BankSetpoint() => HeatingTemperature.Decode(_app.Get<HeatingRegisterBank>().Read(Zone.Address(ZoneRegister.Setpoint)));

    [Fact]
    public async Task Reads_answer_in_the_gateways_shape_with_standby_setpoints_as_null()
    {
        Assert.Equal("OK", await _gateway.GetStringAsync("/health"));

        var zone = await ReadAsync(await _gateway.GetAsync("/zones/1/5"));
        Assert.Equal((1, 20.0, 19.5), (zone.GetProperty("state").GetInt32(), zone.GetProperty("setpoint").GetDouble(), zone.GetProperty("temperature").GetDouble()));
        Assert.Equal(JsonValueKind.Number, zone.GetProperty("relative_humidity").ValueKind);
        var standby = await ReadAsync(await _gateway.GetAsync("/zones/1/6"));
        Assert.Equal(JsonValueKind.Null, standby.GetProperty("setpoint").ValueKind);

        var group = await ReadAsync(await _gateway.GetAsync("/mixedgroups/1"));
        Assert.Equal((1, 40, 35.0, 30.0), (group.GetProperty("pump_state").GetInt32(), group.GetProperty("mixing_valve_opening_percentage").GetInt32(),
            group.GetProperty("flow_temperature").GetDouble(), group.GetProperty("return_temperature").GetDouble()));
        var notes = await ReadAsync(await _gateway.GetAsync("/notifications"));
        Assert.Equal((true, false, false), (notes.GetProperty("hints_present").GetBoolean(), notes.GetProperty("warnings_present").GetBoolean(), notes.GetProperty("errors_present").GetBoolean()));
        Assert.Equal(1, (await ReadAsync(await _gateway.GetAsync("/dehumidifiers/2"))).GetProperty("dehumidifier_state").GetInt32());
        Assert.Equal(1, (await ReadAsync(await _gateway.GetAsync("/dehumidifier/2"))).GetProperty("dehumidifier_state").GetInt32());
        Assert.True((await ReadAsync(await _gateway.GetAsync("/outsidetemperature"))).TryGetProperty("filtered_outside_temperature", out _));

        foreach (var path in new[] { "/zones/6/1", "/zones/1/13", "/zones/x/1", "/mixedgroups/4" })
        {
            var refused = await _gateway.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.False(string.IsNullOrEmpty((await ReadAsync(refused)).GetProperty("err").GetString()), path);
        }
    }

    [Fact]
    public async Task A_setpoint_written_here_reaches_the_bank_the_audit_and_our_api_and_ours_shows_here()
    {
        var accepted = await _gateway.PostAsync("/zones/1/5", Json("""{"setpoint": 21.5}"""));

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(21.5, BankSetpoint());
        var ours = await ReadAsync(await _app.Http.GetAsync("/api/v1/heating/zones/1/5"));
        Assert.Equal(21.5, ours.GetProperty("setpoint").GetDouble());
        var audit = await _app.Get<IAuditTrail>().SearchAsync(new AuditQuery { Category = AuditCategories.Heating }, CancellationToken.None);
        Assert.Contains(audit, e => e.Actor == "legacy-api@127.0.0.1" && e.Outcome == AuditOutcome.Success && e.NewValue!.Contains("21.5"));

        var viaOurs = await _app.Http.PutAsync("/api/v1/heating/zones/1/5/setpoint", Json("""{"setpoint": 22}"""));
        Assert.Equal(HttpStatusCode.OK, viaOurs.StatusCode);
        Assert.Equal(22.0, (await ReadAsync(await _gateway.GetAsync("/zones/1/5"))).GetProperty("setpoint").GetDouble());

        Assert.Equal(HttpStatusCode.Accepted, (await _gateway.PostAsync("/mode", Json("""{"mode": 2}"""))).StatusCode);
        Assert.Equal(2, (await ReadAsync(await _gateway.GetAsync("/mode"))).GetProperty("mode").GetInt32());
        Assert.Equal(HttpStatusCode.Accepted, (await _gateway.PostAsync("/zones/1/5", Json("""{"state": 2}"""))).StatusCode);
        Assert.Equal(2, (await ReadAsync(await _gateway.GetAsync("/zones/1/5"))).GetProperty("state").GetInt32());
    }

    [Theory]
    [InlineData("/zones/1/5", """{"setpoint": 30.5}""")]
    [InlineData("/zones/1/5", """{"setpoint": 21.2}""")]
    [InlineData("/zones/1/5", """{"setpoint": "warm"}""")]
    [InlineData("/zones/1/5", """{"state": 9}""")]
    [InlineData("/zones/1/5", """{}""")]
    [InlineData("/zones/1/5", """not json""")]
    [InlineData("/mode", """{"mode": 6}""")]
    [InlineData("/state", """{"state": "Party"}""")]
    public async Task A_refused_write_is_400_with_the_reason_and_changes_nothing(string path, string body)
    {
        var bank = _app.Get<HeatingRegisterBank>();
        var before = (BankSetpoint(), bank.Read(Zone.Address(ZoneRegister.State)), bank.Read(HeatingRegisterMap.OperatingMode), bank.Read(HeatingRegisterMap.OperatingState));

        var refused = await _gateway.PostAsync(path, Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((await ReadAsync(refused)).GetProperty("err").GetString()));
        Assert.Equal(before, (BankSetpoint(), bank.Read(Zone.Address(ZoneRegister.State)), bank.Read(HeatingRegisterMap.OperatingMode), bank.Read(HeatingRegisterMap.OperatingState)));
    }

    [Fact]
    public async Task A_client_off_the_allow_list_is_refused_unless_it_presents_an_api_key()
    {
        await using var guarded = await StartAsync("guarded.db", ("LegacyGatewayApi:AllowedClients:0", "10.0.0.0/8"), ("LegacyGatewayApi:AllowedClients:1", "fd00::/8"));
        using var gateway = new HttpClient { BaseAddress = guarded.Get<LegacyGatewayHost>().Address };

        Assert.Equal(HttpStatusCode.Forbidden, (await gateway.GetAsync("/health")).StatusCode);
        using var wrongKey = new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { { "X-API-Key", "not-a-key" } } };
        Assert.Equal(HttpStatusCode.Forbidden, (await gateway.SendAsync(wrongKey)).StatusCode);

        var key = guarded.Http.DefaultRequestHeaders.GetValues("X-API-Key").Single();
        using var withKey = new HttpRequestMessage(HttpMethod.Get, "/health") { Headers = { { "X-API-Key", key } } };
        Assert.Equal(HttpStatusCode.OK, (await gateway.SendAsync(withKey)).StatusCode);
    }

    public async Task DisposeAsync()
    {
        _gateway.Dispose();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
