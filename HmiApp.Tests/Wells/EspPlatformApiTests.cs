using System.Net;
using System.Text;
using System.Text.Json;
using HmiApp.Infrastructure.Diagnostics;
using HmiApp.Infrastructure.Wells;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Wells;

/// <summary>
/// The ESP platform's routes, driven as its field gateways drive them: raw snake_case JSON, an API key, nothing
/// from the app's own types. What they store must be what our own routes and the screens' stores see.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class EspPlatformApiTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new();
    private HttpClient client = default!;

    public async Task InitializeAsync()
    {
        client = await app.CreateApiClientAsync();
        var created = await PostAsync("/api/v1/wells", """
            {"id": "P-7", "name": "Platform 7", "field": "North Field", "pumpModel": "ESP-400",
             "ratedFlowBblPerDay": 1000.0, "ratedMotorCurrentAmps": 30.0, "ratedFrequencyHz": 50.0, "ratedMotorTemperatureC": 110.0,
             "maxMotorTemperatureC": 140.0, "casingInnerDiameterInches": 4.95, "motorOuterDiameterInches": 4.56}
            """);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    private static string Reading(DateTimeOffset at, double flow = 900, double temp = 95) => $$"""
        {"well_id": "P-7", "timestamp": "{{at:O}}", "flow_rate": {{flow}}, "pip": 600.0, "motor_current": 27.0, "motor_temp": {{temp}},
         "vibration": 0.2, "vsd_frequency": 50.0, "flow_variance": 1.0, "torque": 300.0, "gor": 400.0}
        """;

    private Task<HttpResponseMessage> PostAsync(string path, string json) =>
        client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    [Fact]
    public async Task A_snake_case_reading_lands_in_the_same_history_our_routes_and_screens_read()
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(-5);
        var ingest = await PostAsync("/api/v1/telemetry/ingest", Reading(at, flow: 912.5));
        Assert.Equal(HttpStatusCode.OK, ingest.StatusCode);
        Assert.Equal(1, (await JsonAsync(ingest)).GetProperty("stored").GetInt32());

        var history0 = app.Services.GetRequiredService<WellTelemetryHistory>();
        await Eventually.HoldsAsync(async () => await history0.LatestAsync("P-7", CancellationToken.None) is not null, "the reading is stored");
        var stored = (await history0.LatestAsync("P-7", CancellationToken.None))!;
        Assert.Equal(912.5, stored.FlowRateBblPerDay);
        Assert.True(stored.IsRunning, "a turning drive without an is_running flag counts as running");

        var ours = await JsonAsync(await client.GetAsync("/api/v1/wells/P-7/telemetry/latest"));
        Assert.Equal(912.5, ours.GetProperty("flowRateBblPerDay").GetDouble());

        var latest = await JsonAsync(await client.GetAsync("/api/v1/telemetry/wells/P-7/latest"));
        Assert.Equal(912.5, latest.GetProperty("flow_rate").GetDouble());
        Assert.Equal(600.0, latest.GetProperty("pip").GetDouble());
        Assert.Equal("P-7", latest.GetProperty("well_id").GetString());

        var history = await JsonAsync(await client.GetAsync("/api/v1/telemetry/wells/P-7/history?hours=1"));
        Assert.Equal(912.5, Assert.Single(history.EnumerateArray()).GetProperty("flow_rate").GetDouble());
        var summary = await JsonAsync(await client.GetAsync("/api/v1/telemetry/wells/P-7/summary?hours=1"));
        Assert.Equal(1, summary.GetProperty("count").GetInt32());

        var badHours = await client.GetAsync("/api/v1/telemetry/wells/P-7/history?hours=0");
        Assert.Equal(HttpStatusCode.BadRequest, badHours.StatusCode);
        Assert.Contains("hours", await badHours.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/telemetry/wells/NOPE/latest")).StatusCode);
    }

    [Fact]
    public async Task A_batch_names_each_bad_item_in_the_platforms_spelling_and_a_wholly_bad_post_stores_nothing()
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(-10);
        var missingPip = Reading(at.AddSeconds(2)).Replace("\"pip\": 600.0,", "");
        var batch = await PostAsync("/api/v1/telemetry/batch",
            $"[{Reading(at)}, {Reading(at.AddSeconds(1), flow: -5)}, {missingPip}, {Reading(at.AddSeconds(3), temp: 250)}]");

        Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
        var body = await JsonAsync(batch);
        Assert.Equal(1, body.GetProperty("stored").GetInt32());
        Assert.Equal(3, body.GetProperty("rejected").GetInt32());
        var errors = body.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("index").GetInt32(), e.GetProperty("field").GetString())).ToList();
        Assert.Equal([(1, "flow_rate"), (2, "pip"), (3, "motor_temp")], errors);

        var history = app.Services.GetRequiredService<WellTelemetryHistory>();
        await Eventually.HoldsAsync(async () => await history.LatestAsync("P-7", CancellationToken.None) is not null, "the good item is stored");

        var allBad = await PostAsync("/api/v1/telemetry/ingest", Reading(DateTimeOffset.UtcNow, flow: -1));
        Assert.Equal(HttpStatusCode.BadRequest, allBad.StatusCode);
        Assert.Contains("flow_rate", await allBad.Content.ReadAsStringAsync());
        var notJson = await PostAsync("/api/v1/telemetry/batch", "{not json");
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Contains("body", await notJson.Content.ReadAsStringAsync());

        var page = await history.PageAsync("P-7", at.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1), 0, 100, CancellationToken.None);
        Assert.Equal([900.0], page.Select(r => r.FlowRateBblPerDay));
    }

    [Fact]
    public async Task Analyze_reads_the_platforms_body_on_our_path_and_supplied_readings_never_enter_diagnosis_history()
    {
        var at = DateTimeOffset.UtcNow;
        var bad = await PostAsync("/api/v1/diagnostics/analyze", $$"""{"well_id": "P-7", "readings": [{{Reading(at)}}, {{Reading(at, flow: -1)}}]}""");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("readings[1]", await bad.Content.ReadAsStringAsync());

        var diagnosisHistory = app.Services.GetRequiredService<DiagnosisHistory>();
        async Task<int> KeptAsync() => (await diagnosisHistory.PageAsync("P-7", false, 0, 500, CancellationToken.None)).Count;
        var before = await KeptAsync();

        // Either spelling reaches the same analyzer (with or without a learned baseline, the same answer).
        var snake = await PostAsync("/api/v1/diagnostics/analyze", $$"""{"well_id": "P-7", "readings": [{{Reading(at)}}]}""");
        var camel = await PostAsync("/api/v1/diagnostics/analyze", $$"""
            {"wellId": "P-7", "readings": [{"timestamp": "{{at:O}}", "flowRateBblPerDay": 900, "pumpIntakePressurePsi": 600.0, "motorCurrentAmps": 27.0,
             "motorTemperatureC": 95, "vibrationG": 0.2, "vsdFrequencyHz": 50.0, "flowVariancePercent": 1.0, "torqueNewtonMetres": 300.0,
             "gasOilRatioScfPerBbl": 400.0, "currentUnbalancePercent": 0, "insulationResistanceMegohms": 1000, "isRunning": true}]}
            """);
        Assert.Equal(camel.StatusCode, snake.StatusCode);
        Assert.NotEqual(HttpStatusCode.BadRequest, snake.StatusCode);
        Assert.Equal(await camel.Content.ReadAsStringAsync() is var c && c.Contains("baseline"), (await snake.Content.ReadAsStringAsync()).Contains("baseline"));
        Assert.Equal(before, await KeptAsync());

        var latest = await client.PostAsync("/api/v1/diagnostics/wells/P-7/analyze-latest", null);
        Assert.NotEqual(HttpStatusCode.BadRequest, latest.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/v1/diagnostics/wells/NOPE/analyze-latest", null)).StatusCode);
        var kept = await KeptAsync();
        Assert.Equal(before + (latest.IsSuccessStatusCode ? 1 : 0), kept);

        var listed = await JsonAsync(await client.GetAsync("/api/v1/diagnostics/wells/P-7/history"));
        Assert.Equal(Math.Min(kept, 50), listed.GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/diagnostics/wells/P-7/history?limit=0")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/diagnostics/critical")).StatusCode);
    }

    [Fact]
    public async Task Openapi_lists_both_route_sets()
    {
        var document = await (await client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        foreach (var path in new[] { "/api/v1/telemetry", "/api/v1/telemetry/ingest", "/api/v1/telemetry/batch", "/api/v1/telemetry/wells/{id}/history",
                     "/api/v1/wells/{id}/telemetry/latest", "/api/v1/diagnostics/wells/{id}/analyze-latest", "/api/v1/diagnostics/analyze" })
        {
            Assert.Contains($"\"{path}\"", document);
        }
    }

    public Task DisposeAsync() => app.DisposeAsync().AsTask();
}
