using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Alarms;

namespace HmiApp.Tests.Alarms;

/// <summary>What a saved set changes, as the audit trail records it: one entry per definition created, changed or deleted.</summary>
public sealed class AlarmDefinitionChangeTests
{
    [Fact]
    public void Created_changed_and_deleted_definitions_are_named_and_unchanged_ones_left_out()
    {
        var kept = AlarmEngineHarness.Define("KEPT.H", AlarmKind.High, point: 1, limit: 10);
        var raised = AlarmEngineHarness.Define("RAISED.H", AlarmKind.High, point: 2, limit: 10);
        var removed = AlarmEngineHarness.Define("REMOVED.L", AlarmKind.Low, point: 3, limit: 1);
        var added = AlarmEngineHarness.Define("ADDED.H", AlarmKind.High, point: 4, limit: 5);

        var changes = AlarmDefinitionChange.Between([kept, raised, removed], [kept, raised with { Limit = 12 }, added]);

        Assert.Equal([("change", "RAISED.H"), ("create", "ADDED.H"), ("delete", "REMOVED.L")], changes.Select(c => (c.Action, c.Name)));
        var change = changes[0];
        Assert.Equal((AlarmDefinitionJson.Serialize(raised), AlarmDefinitionJson.Serialize(raised with { Limit = 12 })), (change.Before, change.After));
        Assert.Null(changes[1].Before);
        Assert.Null(changes[2].After);
    }

    [Fact]
    public void Saving_the_same_set_again_changes_nothing()
    {
        var set = new[] { AlarmEngineHarness.Define("A.H", AlarmKind.High, point: 1, limit: 10) };
        Assert.Empty(AlarmDefinitionChange.Between(set, [set[0] with { }]));
    }
}
