using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HmiApp.Domain.Diagnostics;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Wells;

/// <summary>A well that is not on Modbus: added and fed by REST, read back, analysed, and its thresholds tuned.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class TelemetryApiTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
    private readonly HmiAppFactory app = new();
    private HttpClient client = default!;

    public async Task InitializeAsync()
    {
        client = await app.CreateApiClientAsync();
        var created = await client.PostAsJsonAsync("/api/v1/wells", new
        {
            id = "R-1", name = "Remote 1", field = "East Field", pumpModel = "ESP-400",
            ratedFlowBblPerDay = 1000.0, ratedMotorCurrentAmps = 30.0, ratedFrequencyHz = 50.0, ratedMotorTemperatureC = 110.0,
            maxMotorTemperatureC = 140.0, casingInnerDiameterInches = 4.95, motorOuterDiameterInches = 4.56,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    private static object Reading(string wellId, int second, double flow = 900, double temperature = 95, double frequency = 50) => new
    {
        wellId, timestamp = T0.AddSeconds(second), flowRateBblPerDay = flow, pumpIntakePressurePsi = 600.0, motorCurrentAmps = 27.0,
        motorTemperatureC = temperature, vibrationG = 0.2, vsdFrequencyHz = frequency, flowVariancePercent = 1.0, torqueNewtonMetres = 300.0,
        gasOilRatioScfPerBbl = 400.0, currentUnbalancePercent = 1.0, insulationResistanceMegohms = 500.0, isRunning = true,
    };

    [Fact]
    public async Task A_batch_stores_the_valid_readings_and_names_index_and_field_of_each_bad_one()
    {
        var response = await client.PostAsJsonAsync("/api/v1/telemetry", new[]
        {
            Reading("R-1", 0),
            Reading("R-1", 1, flow: -5),
            Reading("R-1", 2, temperature: 250),
            Reading("NOPE", 3),
            Reading("R-1", 4, frequency: 130),
            Reading("R-1", 5, flow: 1100),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("stored").GetInt32());
        var errors = body.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("index").GetInt32(), e.GetProperty("field").GetString(), e.GetProperty("message").GetString()!)).ToList();
        Assert.Equal([1, 2, 3, 4], errors.Select(e => e.Item1));
        Assert.Equal(["flowRateBblPerDay", "motorTemperatureC", "wellId", "vsdFrequencyHz"], errors.Select(e => e.Item2));
        Assert.Contains("-5", errors[0].Item3);
        Assert.Contains("-50..200", errors[1].Item3);
        Assert.Contains("NOPE", errors[2].Item3);
        Assert.Contains("0..120", errors[3].Item3);

        // The writer stores in batches: wait until the newest reading (1100 bbl/d) is the latest in the store.
        var latest = await PollAsync(async () =>
        {
            var r = await client.GetAsync("/api/v1/wells/R-1/telemetry/latest");
            return r.IsSuccessStatusCode && await r.Content.ReadFromJsonAsync<JsonElement>() is var j && j.GetProperty("flowRateBblPerDay").GetDouble() == 1100
                ? j
                : (JsonElement?)null;
        });
        Assert.Equal(T0.AddSeconds(5), latest.GetProperty("timestamp").GetDateTimeOffset());

        var period = $"from={Uri.EscapeDataString(T0.AddMinutes(-1).ToString("O"))}&to={Uri.EscapeDataString(T0.AddMinutes(1).ToString("O"))}";
        var history = await client.GetFromJsonAsync<JsonElement>($"/api/v1/wells/R-1/telemetry?{period}&pageSize=1&page=1");
        Assert.Equal(1100, Assert.Single(history.EnumerateArray()).GetProperty("flowRateBblPerDay").GetDouble());

        var summary = await client.GetFromJsonAsync<JsonElement>($"/api/v1/wells/R-1/telemetry/summary?{period}");
        Assert.Equal(2, summary.GetProperty("count").GetInt32());
        var flow = summary.GetProperty("fields").GetProperty("FlowRateBblPerDay");
        Assert.Equal((900.0, 1000.0, 1100.0), (flow.GetProperty("min").GetDouble(), flow.GetProperty("mean").GetDouble(), flow.GetProperty("max").GetDouble()));
    }

    [Fact]
    public async Task A_single_bad_reading_is_a_400_and_an_unknown_well_is_a_404_on_reads()
    {
        var response = await client.PostAsJsonAsync("/api/v1/telemetry", Reading("R-1", 0, temperature: -80));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("motorTemperatureC", await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/wells/NOPE/telemetry/latest")).StatusCode);
    }

    [Fact]
    public async Task A_well_whose_motor_does_not_fit_its_casing_is_refused_naming_the_field()
    {
        var response = await client.PostAsJsonAsync("/api/v1/wells", new
        {
            id = "R-2", name = "Remote 2", field = "East Field", pumpModel = "ESP-400",
            ratedFlowBblPerDay = 1000.0, ratedMotorCurrentAmps = 30.0, ratedFrequencyHz = 50.0, ratedMotorTemperatureC = 110.0,
            maxMotorTemperatureC = 140.0, casingInnerDiameterInches = 4.5, motorOuterDiameterInches = 4.56,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("motorOuterDiameterInches", body);
        Assert.Contains("must fit inside the casing", body);
    }

    [Fact]
    public async Task Bad_overrides_are_refused_with_the_reason_and_the_old_ones_stay_in_force()
    {
        var ok = await client.PutAsJsonAsync("/api/v1/wells/R-1/parameters", new Dictionary<string, double> { [WellDiagnosticParameters.OverloadCurrentRatio] = 1.4 });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        var refused = await client.PutAsJsonAsync("/api/v1/wells/R-1/parameters", new Dictionary<string, double> { ["overloadRatioTypo"] = 1.3 });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("unknown diagnostic parameter 'overloadRatioTypo'", await refused.Content.ReadAsStringAsync());

        var well = (await client.GetFromJsonAsync<JsonElement>("/api/v1/wells")).EnumerateArray().Single(w => w.GetProperty("well").GetProperty("id").GetString() == "R-1");
        Assert.Equal(1.4, well.GetProperty("parameterOverrides").GetProperty(WellDiagnosticParameters.OverloadCurrentRatio).GetDouble());
    }

    [Fact]
    public async Task A_tree_that_does_not_validate_is_refused_and_the_tree_in_force_stays()
    {
        var before = await client.GetFromJsonAsync<JsonElement>("/api/v1/diagnostics/tree");
        var broken = DiagnosticTreeJson.Serialize(BuiltInDiagnosticTree.Create() with { Version = 99, RootNodeId = "nowhere" });

        var response = await client.PutAsync("/api/v1/diagnostics/tree", new StringContent(broken, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nowhere", await response.Content.ReadAsStringAsync());
        var after = await client.GetFromJsonAsync<JsonElement>("/api/v1/diagnostics/tree");
        Assert.Equal(before.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Analyze_without_a_baseline_says_why_and_with_posted_readings_checks_each_one()
    {
        var noBaseline = await client.PostAsJsonAsync("/api/v1/diagnostics/analyze", new { wellId = "R-1", readings = new[] { Reading("R-1", 0) } });
        Assert.Equal(HttpStatusCode.Conflict, noBaseline.StatusCode);
        Assert.Contains("baseline", await noBaseline.Content.ReadAsStringAsync());

        var bad = await client.PostAsJsonAsync("/api/v1/diagnostics/analyze", new { wellId = "R-1", readings = new[] { Reading("R-1", 0), Reading("R-1", 1, flow: -1) } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("readings[1]", await bad.Content.ReadAsStringAsync());
    }

    private static async Task<T> PollAsync<T>(Func<Task<T?>> probe)
        where T : struct
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < until)
        {
            if (await probe() is { } value)
            {
                return value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("condition not met within 10 s");
    }

    public Task DisposeAsync() => app.DisposeAsync().AsTask();
}
