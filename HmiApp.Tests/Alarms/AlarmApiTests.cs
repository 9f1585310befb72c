using System.Net;
using HmiApp.Alarms;
using System.Net.Http.Json;
using System.Text.Json;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Alarms;
using HmiApp.Infrastructure.Persistence;
using HmiApp.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HmiApp.Tests.Alarms;

/// <summary>The whole app on a SQLite file: flood into the journal, REST commands, restart with restore.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class AlarmApiTests : IDisposable
{
    private const int Flood = 1000;
    private readonly string directory = Directory.CreateTempSubdirectory("hmi-alarms-").FullName;

    private HmiAppFactory App() => new HmiAppFactory().With("Database:ConnectionString", $"Data Source={Path.Combine(directory, "hmi.db")}");

    private static List<AlarmDefinition> Definitions(int count) => Enumerable.Range(1, count)
        .Select(i => AlarmEngineHarness.Define($"TT-{i}.H", AlarmKind.High, point: i, limit: 100) with
        {
            Priority = (AlarmPriority)(1 + i % 4),
            Tags = new AlarmTags(Area: i % 2 == 0 ? "north" : "south"),
        })
        .ToList();

    [Fact]
    public async Task A_flood_of_1000_alarms_is_journaled_entirely_and_survives_a_restart_with_acknowledgement_and_shelf()
    {
        await using (var app = App())
        {
            using var client = await app.CreateApiClientAsync();
            var saved = await client.PutAsJsonAsync("/api/v1/alarms/definitions?note=commissioning", Definitions(Flood), AlarmDefinitionJson.Options);
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

            var engine = app.Services.GetRequiredService<AlarmEngine>();
            var now = DateTimeOffset.UtcNow;
            engine.OnValues(Enumerable.Range(1, Flood).Select(i => new AlarmInput(i, 150, QualityStatus.Good, now)).ToList());

            await Eventually.HoldsAsync(async () => await JournalCountAsync(app, AlarmEvent.ConditionActive) == Flood, $"all {Flood} activations are in the journal");

            var ack = await client.PostAsJsonAsync("/api/v1/alarms/TT-7.H/acknowledge", new AcknowledgeRequestBody("seen"));
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
            var shelve = await client.PostAsJsonAsync("/api/v1/alarms/TT-8.H/shelve", new { reason = "sensor under repair", minutes = 120 });
            Assert.Equal(HttpStatusCode.OK, shelve.StatusCode);
            var tooLong = await client.PostAsJsonAsync("/api/v1/alarms/TT-9.H/shelve", new { reason = "forever", minutes = 100_000 });
            Assert.Equal(HttpStatusCode.Conflict, tooLong.StatusCode);
            Assert.Contains("never indefinite", await tooLong.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/v1/alarms/NOPE/acknowledge", new AcknowledgeRequestBody(null))).StatusCode);

            var north = await client.GetFromJsonAsync<JsonElement>("/api/v1/alarms?area=north");
            Assert.Equal(Flood / 2, north.GetArrayLength());
            await Eventually.HoldsAsync(async () => await JournalCountAsync(app, AlarmEvent.Shelve) == 1, "the shelf is journaled");
        }

        await using (var restarted = App())
        {
            using var client = await restarted.CreateApiClientAsync();
            var active = await client.GetFromJsonAsync<JsonElement>("/api/v1/alarms");
            var states = active.EnumerateArray().ToDictionary(a => a.GetProperty("key").GetString()!, a => a.GetProperty("state").GetString());
            Assert.Equal(Flood, states.Count);
            Assert.Equal("Acknowledged", states["TT-7.H"]);
            Assert.Equal("Shelved", states["TT-8.H"]);
            Assert.Equal("Unacknowledged", states["TT-9.H"]);
            Assert.Equal(Flood - 2, states.Values.Count(s => s == "Unacknowledged"));

            var acknowledged = await client.PostAsJsonAsync("/api/v1/alarms/acknowledge", new { keys = new[] { "TT-1.H", "TT-2.H", "TT-7.H" } });
            Assert.Equal(2, (await acknowledged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("acknowledged").GetInt32());
        }
    }

    [Fact]
    public async Task The_journal_is_searched_by_text_priority_and_state_paged_and_exported_as_csv()
    {
        await using var app = App();
        using var client = await app.CreateApiClientAsync();
        await client.PutAsJsonAsync("/api/v1/alarms/definitions", Definitions(30), AlarmDefinitionJson.Options);
        var engine = app.Services.GetRequiredService<AlarmEngine>();
        engine.OnValues(Enumerable.Range(1, 30).Select(i => new AlarmInput(i, 150, QualityStatus.Good, DateTimeOffset.UtcNow)).ToList());
        engine.Acknowledge("TT-12.H", "ana", "checked, \"quoted\", with comma");
        await Eventually.HoldsAsync(async () => await JournalCountAsync(app, null) == 31, "31 entries are in the journal");

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/alarms/journal?priority=1&pageSize=3&page=2");
        Assert.Equal(8, page.GetProperty("total").GetInt64());
        Assert.Equal(3, page.GetProperty("entries").GetArrayLength());

        var byText = await client.GetFromJsonAsync<JsonElement>("/api/v1/alarms/journal?text=tt-12.h&state=Acknowledged");
        var entry = Assert.Single(byText.GetProperty("entries").EnumerateArray());
        Assert.Equal("ana", entry.GetProperty("user").GetString());

        var bad = await client.GetAsync("/api/v1/alarms/journal?priority=9&state=Loud&pageSize=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        Assert.Contains("9 is not a priority", problem);
        Assert.Contains("'Loud' is not an alarm state", problem);
        Assert.Contains("pageSize: 0", problem);

        var csv = await client.GetStringAsync("/api/v1/alarms/journal.csv?text=TT-12.H");
        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal(AlarmJournalCsv.Header, lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(",Acknowledge,Unacknowledged,Acknowledged,true,TT-12.H message,150,ana,\"checked, \"\"quoted\"\", with comma\",", lines[2]);
    }

    [Fact]
    public async Task Every_save_of_definitions_adds_versions_only_for_what_changed_and_keeps_the_old_ones()
    {
        await using var app = App();
        using var client = await app.CreateApiClientAsync();
        var definitions = Definitions(3);
        var first = await client.PutAsJsonAsync("/api/v1/alarms/definitions?note=initial", definitions, AlarmDefinitionJson.Options);
        Assert.Equal(3, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("versionsAdded").GetInt32());

        definitions[1] = definitions[1] with { Limit = 120 };
        definitions.RemoveAt(2);
        var second = await client.PutAsJsonAsync("/api/v1/alarms/definitions?note=raised%20limit", definitions, AlarmDefinitionJson.Options);
        Assert.Equal(2, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("versionsAdded").GetInt32());

        var history = await client.GetFromJsonAsync<JsonElement>("/api/v1/alarms/definitions/history?name=TT-2.H");
        Assert.Equal([2, 1], history.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal("raised limit", history[0].GetProperty("changeNote").GetString());
        Assert.StartsWith("api-key:test-Admin-", history[0].GetProperty("savedBy").GetString());
        var deleted = await client.GetFromJsonAsync<JsonElement>("/api/v1/alarms/definitions/history?name=TT-3.H");
        Assert.StartsWith("deleted", deleted[0].GetProperty("changeNote").GetString());

        var current = await client.GetFromJsonAsync<List<AlarmDefinition>>("/api/v1/alarms/definitions", AlarmDefinitionJson.Options);
        Assert.Equal([100, 120], current!.Select(d => d.Limit!.Value));
        Assert.Null(app.Services.GetRequiredService<AlarmEngine>().Find("TT-3.H"));

        var invalid = await client.PutAsJsonAsync("/api/v1/alarms/definitions", new[] { definitions[0] with { Limit = null } }, AlarmDefinitionJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("TT-1.H.limit", await invalid.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Definitions_are_imported_and_exported_as_yaml_by_point_name()
    {
        await using var app = App();
        using var withMap = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IAlarmPointNames>(new TwoPoints())));
        using var mapped = await withMap.CreateApiClientAsync();
        const string yaml = """
            alarms:
              - { name: W-1.FLOW.L, kind: Low, point: W-1.FLOW, limit: 20, message: Low flow, suppressWhen: { point: W-1.RUN, comparison: Equal, value: 0 } }
            """;
        var imported = await mapped.PostAsync("/api/v1/alarms/definitions/import?note=from%20file", new StringContent(yaml));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var alarm = withMap.Services.GetRequiredService<AlarmEngine>().Find("W-1.FLOW.L");
        Assert.Equal((AlarmState.Normal, "Low flow"), (alarm?.State, alarm?.Message));
        Assert.Contains("point: W-1.FLOW", await mapped.GetStringAsync("/api/v1/alarms/definitions/export"));
        Assert.Contains("\"point\": \"W-1.RUN\"", await mapped.GetStringAsync("/api/v1/alarms/definitions/export?format=json"));

        var bad = await mapped.PostAsync("/api/v1/alarms/definitions/import", new StringContent("alarms:\n  - { name: X, kind: High, point: NOPE, limit: 1, message: m }\n"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'NOPE' is not a point of the point map", await bad.Content.ReadAsStringAsync());
    }

    private sealed class TwoPoints : IAlarmPointNames
    {
        public long? IdOf(string pointName) => pointName switch { "W-1.FLOW" => 1, "W-1.RUN" => 2, _ => null };

        public string? NameOf(long pointId) => pointId switch { 1 => "W-1.FLOW", 2 => "W-1.RUN", _ => null };
    }

    private static async Task<int> JournalCountAsync(HmiAppFactory app, AlarmEvent? alarmEvent)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var rows = scope.ServiceProvider.GetRequiredService<HmiDbContext>().AlarmJournal.AsQueryable();
        return alarmEvent is { } e ? await rows.CountAsync(r => r.Event == e) : await rows.CountAsync();
    }

    private sealed record AcknowledgeRequestBody(string? Comment);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
