using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HmiApp.Domain.Access;
using HmiApp.Domain.Diagnostics;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Diagnostics;

/// <summary>
/// A Viewer may ask what the tree makes of readings it supplies, but only acquired telemetry makes a
/// well's diagnosis history: a made-up window must never be stored against the real well.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class SuppliedReadingsTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new HmiAppFactory()
        .With("Simulator:Enabled", "true")
        .With("Simulator:TestDevicePort", "0")
        .With("Simulator:TimeScale", "20")
        .With("Simulator:StepInterval", "00:00:00.050")
        .With("Simulator:ScanPeriod", "00:00:00.100")
        .With("Simulator:Wells:0:Id", "W-101")
        .With("Simulator:Wells:0:Name", "Well 101")
        .With("Simulator:Wells:0:Port", FreePort.Next().ToString(CultureInfo.InvariantCulture))
        .With("Wells:FeedInterval", "00:00:00.050")
        .With("Diagnostics:WindowLength", "00:00:03")
        .With("Diagnostics:EvaluationPeriod", "00:00:01")
        .With("Diagnostics:BaselineSettleTime", "00:00:15");

    [Fact]
    public async Task Analysis_of_supplied_readings_by_a_viewer_is_answered_but_never_enters_the_wells_history()
    {
        var admin = await app.CreateApiClientAsync();
        await Eventually.HoldsAsync(async () =>
        {
            var wells = await admin.GetFromJsonAsync<JsonElement>("/api/v1/wells");
            return wells.EnumerateArray().Any(w => w.GetProperty("well").GetProperty("id").GetString() == "W-101" && w.GetProperty("diagnosis").ValueKind == JsonValueKind.Object);
        }, TimeSpan.FromSeconds(60), "W-101 has a baseline and a diagnosis");

        var caller = await app.CreateApiClientAsync(HmiRoles.Viewer);
        var at = DateTimeOffset.UtcNow;
        var readings = string.Join(",", Enumerable.Range(0, 5).Select(i => $$"""
            {"timestamp": "{{at.AddSeconds(i):O}}", "flowRateBblPerDay": 0, "pumpIntakePressurePsi": 900, "motorCurrentAmps": 0, "motorTemperatureC": 80,
             "vibrationG": 0, "vsdFrequencyHz": 0, "flowVariancePercent": 0, "torqueNewtonMetres": 0, "gasOilRatioScfPerBbl": 300,
             "currentUnbalancePercent": 0, "insulationResistanceMegohms": 1000, "isRunning": false}
            """));
        var response = await caller.PostAsync("/api/v1/diagnostics/analyze", new StringContent($$"""{"wellId": "W-101", "readings": [{{readings}}]}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answered = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(DiagnosisCodes.Stopped, answered.GetProperty("code").GetString());

        var history = await admin.GetFromJsonAsync<JsonElement>("/api/v1/wells/W-101/diagnoses?pageSize=500");
        Assert.NotEmpty(history.EnumerateArray());
        Assert.DoesNotContain(history.EnumerateArray(), d => d.GetProperty("code").GetString() == DiagnosisCodes.Stopped);
        Assert.DoesNotContain(history.EnumerateArray(), d => d.GetProperty("evaluatedAt").GetDateTimeOffset() == answered.GetProperty("evaluatedAt").GetDateTimeOffset());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
