using System.Net;
using System.Net.Http.Json;
using HmiApp.Domain.Access;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Alarms;
using HmiApp.Domain.Audit;
using HmiApp.Infrastructure.Alarms;

namespace HmiApp.Tests.Alarms;

/// <summary>
/// Alarm actions through REST land in the plant's audit trail (not only in the alarm journal) with the
/// caller's name, the alarm, the action and its reason or shelf expiry; refusals are audited too, and
/// so is each definition a save creates, changes or deletes.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class AlarmAuditTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Acknowledge_shelve_and_definition_saves_through_rest_are_audited_with_the_callers_name()
    {
        var (engineer, engineerName) = await ClientAsync(HmiRoles.Engineer);
        var (operatorClient, operatorName) = await ClientAsync(HmiRoles.Operator);
        var definitions = new[]
        {
            AlarmEngineHarness.Define("W-101.TEMP.H", AlarmKind.High, point: 11, limit: 150),
            AlarmEngineHarness.Define("W-101.VIB.H", AlarmKind.High, point: 12, limit: 0.5),
        };
        var saved = await engineer.PutAsJsonAsync("/api/v1/alarms/definitions?note=commissioning", definitions, AlarmDefinitionJson.Options);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var now = DateTimeOffset.UtcNow;
        app.Services.GetRequiredService<AlarmEngine>().OnValues([new AlarmInput(11, 170, QualityStatus.Good, now), new AlarmInput(12, 0.9, QualityStatus.Good, now)]);

        var ack = await operatorClient.PostAsJsonAsync("/api/v1/alarms/W-101.TEMP.H/acknowledge", new { comment = "cooling checked" });
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        var shelve = await operatorClient.PostAsJsonAsync("/api/v1/alarms/W-101.VIB.H/shelve", new { reason = "sensor being replaced", minutes = 90 });
        Assert.Equal(HttpStatusCode.OK, shelve.StatusCode);
        var noReason = await operatorClient.PostAsJsonAsync("/api/v1/alarms/W-101.TEMP.H/shelve", new { reason = " ", minutes = 10 });
        Assert.Equal(HttpStatusCode.Conflict, noReason.StatusCode);

        var trail = await app.Services.GetRequiredService<IAuditTrail>().SearchAsync(new AuditQuery { Category = AuditCategories.Alarms }, CancellationToken.None);
        var byAction = trail.Where(e => e.Actor == operatorName).ToLookup(e => (e.Action, e.Target, e.Outcome));

        var acknowledged = Assert.Single(byAction[("acknowledge", "W-101.TEMP.H", AuditOutcome.Success)]);
        Assert.Equal(("Unacknowledged", "Acknowledged", "cooling checked"), (acknowledged.OldValue, acknowledged.NewValue, acknowledged.Reason));
        Assert.False(string.IsNullOrEmpty(acknowledged.RemoteAddress));

        var shelved = Assert.Single(byAction[("shelve", "W-101.VIB.H", AuditOutcome.Success)]);
        var until = shelved.At + TimeSpan.FromMinutes(90);
        Assert.StartsWith("Shelved until ", shelved.NewValue);
        var recordedUntil = DateTimeOffset.Parse(shelved.NewValue!["Shelved until ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(recordedUntil, until - TimeSpan.FromSeconds(5), until + TimeSpan.FromSeconds(5));
        Assert.Equal("sensor being replaced (for 01:30:00)", shelved.Reason);

        var refused = Assert.Single(byAction[("shelve", "W-101.TEMP.H", AuditOutcome.Failure)]);
        Assert.Contains("needs a reason", refused.Reason);

        var changed = await engineer.PutAsJsonAsync("/api/v1/alarms/definitions?note=vibration limit raised", new[] { definitions[1] with { Limit = 0.8 } }, AlarmDefinitionJson.Options);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var definitionTrail = await app.Services.GetRequiredService<IAuditTrail>().SearchAsync(new AuditQuery { Category = AuditCategories.AlarmDefinition }, CancellationToken.None);
        Assert.All(definitionTrail, e => Assert.Equal((engineerName, AuditOutcome.Success), (e.Actor, e.Outcome)));
        Assert.Equal(
            [("create", "alarm 'W-101.TEMP.H'", "commissioning"), ("create", "alarm 'W-101.VIB.H'", "commissioning"),
             ("change", "alarm 'W-101.VIB.H'", "vibration limit raised"), ("delete", "alarm 'W-101.TEMP.H'", "vibration limit raised")],
            definitionTrail.OrderBy(e => e.Id).Select(e => (e.Action, e.Target, e.Reason)));
        var change = definitionTrail.Single(e => e.Action == "change");
        Assert.Contains("\"limit\":0.5", change.OldValue);
        Assert.Contains("\"limit\":0.8", change.NewValue);
    }

    [Fact]
    public async Task Acknowledging_many_audits_each_alarm_acknowledged_and_a_viewer_key_is_refused_before_anything_changes()
    {
        var (engineer, _) = await ClientAsync(HmiRoles.Engineer);
        var (operatorClient, operatorName) = await ClientAsync(HmiRoles.Operator);
        var (viewer, _) = await ClientAsync(HmiRoles.Viewer);
        var definitions = Enumerable.Range(1, 3).Select(i => AlarmEngineHarness.Define($"TT-{i}.H", AlarmKind.High, point: i, limit: 10)).ToList();
        Assert.Equal(HttpStatusCode.OK, (await engineer.PutAsJsonAsync("/api/v1/alarms/definitions", definitions, AlarmDefinitionJson.Options)).StatusCode);
        var now = DateTimeOffset.UtcNow;
        app.Services.GetRequiredService<AlarmEngine>().OnValues([.. Enumerable.Range(1, 3).Select(i => new AlarmInput(i, 20, QualityStatus.Good, now))]);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/v1/alarms/TT-1.H/acknowledge", new { comment = "viewer" })).StatusCode);
        Assert.Equal(AlarmState.Unacknowledged, app.Services.GetRequiredService<AlarmEngine>().Find("TT-1.H")!.State);

        var response = await operatorClient.PostAsJsonAsync("/api/v1/alarms/acknowledge", new { keys = new[] { "TT-1.H", "TT-3.H", "NOPE" } });
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("acknowledged").GetInt32());

        var trail = await app.Services.GetRequiredService<IAuditTrail>().SearchAsync(new AuditQuery { Category = AuditCategories.Alarms, Text = "acknowledge" }, CancellationToken.None);
        Assert.Equal(["TT-1.H", "TT-3.H"], trail.Where(e => e.Outcome == AuditOutcome.Success).Select(e => e.Target).Order());
        Assert.All(trail, e => Assert.Equal(operatorName, e.Actor));
    }

    private async Task<(HttpClient Client, string Name)> ClientAsync(string role)
    {
        var client = await app.CreateApiClientAsync(role);
        var me = await client.GetFromJsonAsync<CallerName>("/api/v1/me");
        return (client, me!.Name);
    }

    private sealed record CallerName(string Name);
}
