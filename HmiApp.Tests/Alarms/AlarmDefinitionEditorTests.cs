using HmiApp.Access;
using HmiApp.Alarms;
using HmiApp.Domain.Access;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Alarms;
using HmiApp.Domain.Audit;
using HmiApp.Infrastructure.Alarms;
using HmiApp.Infrastructure.Persistence;
using HmiApp.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HmiApp.Tests.Alarms;

/// <summary>
/// The definitions page's service in the running app: a saved definition is versioned, audited and
/// raised by the engine on the next value; a change takes effect on the alarm that is already up.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class AlarmDefinitionEditorTests : IAsyncLifetime
{
    private const long Point = 501;
    private readonly HmiAppFactory app = new();
    private readonly WriteActor erin = new("erin", "10.0.0.9");

    private AlarmDefinitionEditor Editor => app.Services.GetRequiredService<AlarmDefinitionEditor>();

    private AlarmEngine Engine => app.Services.GetRequiredService<AlarmEngine>();

    private static AlarmDefinition High(double limit) => new()
    {
        Name = "TT-501.H",
        Kind = AlarmKind.High,
        PointId = Point,
        Limit = limit,
        Deadband = 1,
        Priority = AlarmPriority.High,
        Message = "Bearing temperature high",
    };

    [Fact]
    public async Task A_saved_definition_is_raised_on_the_next_value_and_a_changed_limit_takes_effect_at_once()
    {
        var created = await Editor.SaveAsync(erin, "erin", null, High(80), "commissioning", CancellationToken.None);
        Assert.True(created.Succeeded, created.Message);

        Engine.OnValues([new AlarmInput(Point, 90, QualityStatus.Good, DateTimeOffset.UtcNow)]);
        Assert.Equal(AlarmState.Unacknowledged, Engine.Find("TT-501.H")?.State);

        var changed = await Editor.SaveAsync(erin, "erin", "TT-501.H", High(95), "limit raised after review", CancellationToken.None);
        Assert.True(changed.Succeeded, changed.Message);
        // 90 is now under 95 − 1: the condition has cleared, the alarm waits for acknowledgement of its return.
        Assert.Equal(AlarmState.ReturnedUnacknowledged, Engine.Find("TT-501.H")?.State);

        var history = await Editor.HistoryAsync("TT-501.H", CancellationToken.None);
        Assert.Equal([(2, "limit raised after review", "erin"), (1, "created: commissioning", "erin")], history.Select(v => (v.Version, v.ChangeNote, v.SavedBy)));
        Assert.Contains("\"limit\":95", history[0].DefinitionJson);

        var audited = await AuditAsync();
        Assert.Equal(["create", "change"], audited.Select(a => a.Action).Reverse());
        var change = audited[0];
        Assert.Equal(("erin", "10.0.0.9", "alarm 'TT-501.H'", AuditOutcome.Success), (change.Actor, change.RemoteAddress, change.Target, change.Outcome));
        Assert.Contains("\"limit\":80", change.OldValue);
        Assert.Contains("\"limit\":95", change.NewValue);
        await Eventually.HoldsAsync(async () => await JournalCountAsync("TT-501.H") == 2, "activation and return are journaled");
    }

    [Fact]
    public async Task Without_an_engineer_nothing_is_saved_and_the_refusal_is_audited_under_the_signed_in_name()
    {
        var refused = await Editor.SaveAsync(null, "olga", null, High(80), "", CancellationToken.None);

        Assert.False(refused.Succeeded);
        Assert.Contains("Only an engineer", refused.Message);
        Assert.Empty(await Editor.CurrentAsync(CancellationToken.None));
        var entry = Assert.Single(await AuditAsync());
        Assert.Equal(("olga", "create", AuditOutcome.Failure), (entry.Actor, entry.Action, entry.Outcome));
    }

    [Fact]
    public async Task A_second_definition_with_the_same_name_is_refused_naming_the_field()
    {
        await Editor.SaveAsync(erin, "erin", null, High(80), "", CancellationToken.None);

        var clash = await Editor.SaveAsync(erin, "erin", null, High(70) with { Message = "other" }, "", CancellationToken.None);

        Assert.False(clash.Succeeded);
        Assert.Equal("name", Assert.Single(clash.Errors).Field);
        Assert.Equal(80, Assert.Single(await Editor.CurrentAsync(CancellationToken.None)).Limit);
    }

    [Fact]
    public async Task Out_of_service_and_delete_reach_the_engine_and_the_audit_trail()
    {
        await Editor.SaveAsync(erin, "erin", null, High(80), "", CancellationToken.None);

        var noReason = await Editor.SetInServiceAsync(erin, "erin", "TT-501.H", inService: false, "", CancellationToken.None);
        Assert.False(noReason.Succeeded);
        Assert.Contains("reason", noReason.Message);

        var removed = await Editor.SetInServiceAsync(erin, "erin", "TT-501.H", inService: false, "transmitter replaced", CancellationToken.None);
        Assert.True(removed.Succeeded, removed.Message);
        Assert.Equal(AlarmState.OutOfService, Engine.Find("TT-501.H")?.State);
        Engine.OnValues([new AlarmInput(Point, 90, QualityStatus.Good, DateTimeOffset.UtcNow)]);
        Assert.Equal(AlarmState.OutOfService, Engine.Find("TT-501.H")?.State);

        var deleted = await Editor.DeleteAsync(erin, "erin", "TT-501.H", "well abandoned", CancellationToken.None);
        Assert.True(deleted.Succeeded, deleted.Message);
        Assert.Null(Engine.Find("TT-501.H"));
        var history = await Editor.HistoryAsync("TT-501.H", CancellationToken.None);
        Assert.Null(history[0].DefinitionJson);
        Assert.Equal("deleted: well abandoned", history[0].ChangeNote);

        Assert.Equal(["create", "delete"], (await AuditAsync()).Select(a => a.Action).Reverse());
        var service = await app.Services.GetRequiredService<IAuditTrail>().SearchAsync(new AuditQuery { Category = AuditCategories.Alarms }, CancellationToken.None);
        Assert.Equal([("out-of-service", AuditOutcome.Failure), ("out-of-service", AuditOutcome.Success)], service.Select(a => (a.Action, a.Outcome)).Reverse());
        Assert.Equal("erin", service[0].Actor);
    }

    [Fact]
    public async Task The_page_lists_the_definitions_for_an_engineer()
    {
        await Editor.SaveAsync(erin, "erin", null, High(80), "", CancellationToken.None);
        var engineer = await app.SignedInAsync(HmiRoles.Engineer);

        var html = System.Net.WebUtility.HtmlDecode(await engineer.GetStringAsync("/admin/alarms/definitions"));

        Assert.Contains("data-definition=\"TT-501.H\"", html);
        Assert.Contains("Bearing temperature high", html);
        Assert.Contains("80 ± 1", html);
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync() =>
        await app.Services.GetRequiredService<IAuditTrail>().SearchAsync(new AuditQuery { Category = AuditCategories.AlarmDefinition }, CancellationToken.None);

    private async Task<int> JournalCountAsync(string key)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HmiDbContext>().AlarmJournal.CountAsync(r => r.AlarmKey == key);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
