using HmiApp.Domain.Alarms;
using HmiApp.Domain.Audit;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>
/// Actions on alarms as the pages and REST perform them. The engine changes the alarm and journals it;
/// every attempt, refused ones included, also goes to the plant's audit trail with who, which alarm,
/// the state before and after, and the reason, comment or shelf expiry. A saved set of definitions
/// is audited per definition created, changed or deleted.
/// </summary>
public sealed class AlarmCommands(AlarmEngine engine, IAuditTrail audit)
{
    public const string AcknowledgeAction = "acknowledge";
    public const string ShelveAction = "shelve";
    public const string UnshelveAction = "unshelve";
    public const string RemoveFromServiceAction = "out-of-service";
    public const string ReturnToServiceAction = "return-to-service";

    public Task<AlarmCommandResult> AcknowledgeAsync(AlarmActor actor, string key, string? comment, CancellationToken cancellationToken) =>
        RunAsync(actor, AcknowledgeAction, key, comment, () => engine.Acknowledge(key, actor.Name, comment), cancellationToken);

    /// <summary>Acknowledges those of <paramref name="keys"/> that wait for it; each one is audited. Returns their keys.</summary>
    public async Task<IReadOnlyList<string>> AcknowledgeAllAsync(AlarmActor actor, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var acknowledged = engine.AcknowledgeAll(keys, actor.Name);
        foreach (var key in acknowledged)
        {
            await audit.RecordAsync(
                new AuditRecord(actor.Name, AuditCategories.Alarms, AcknowledgeAction, key, AuditOutcome.Success)
                {
                    RemoteAddress = actor.Address,
                    NewValue = engine.Find(key)?.State.ToString(),
                },
                cancellationToken);
        }

        return acknowledged;
    }

    public Task<AlarmCommandResult> ShelveAsync(AlarmActor actor, string key, string reason, TimeSpan duration, CancellationToken cancellationToken) =>
        RunAsync(actor, ShelveAction, key, $"{reason} (for {duration})", () => engine.Shelve(key, actor.Name, reason, duration), cancellationToken);

    public Task<AlarmCommandResult> UnshelveAsync(AlarmActor actor, string key, CancellationToken cancellationToken) =>
        RunAsync(actor, UnshelveAction, key, null, () => engine.Unshelve(key, actor.Name), cancellationToken);

    public Task<AlarmCommandResult> RemoveFromServiceAsync(AlarmActor actor, string key, string reason, CancellationToken cancellationToken) =>
        RunAsync(actor, RemoveFromServiceAction, key, reason, () => engine.RemoveFromService(key, actor.Name, reason), cancellationToken);

    public Task<AlarmCommandResult> ReturnToServiceAsync(AlarmActor actor, string key, CancellationToken cancellationToken) =>
        RunAsync(actor, ReturnToServiceAction, key, null, () => engine.ReturnToService(key, actor.Name), cancellationToken);

    /// <summary>
    /// Saves <paramref name="definitions"/> as the complete set (a new version of each that changed), loads
    /// them into the engine and audits each change; returns how many versions were added.
    /// </summary>
    public async Task<int> SaveDefinitionsAsync(AlarmActor actor, AlarmDefinitionStore store, IReadOnlyList<AlarmDefinition> definitions, string note, CancellationToken cancellationToken)
    {
        var before = await store.CurrentAsync(cancellationToken);
        var added = await store.SaveAllAsync(definitions, actor.Name, note, cancellationToken);
        engine.LoadDefinitions(await store.CurrentAsync(cancellationToken));
        foreach (var change in AlarmDefinitionChange.Between(before, definitions))
        {
            await audit.RecordAsync(
                new AuditRecord(actor.Name, AuditCategories.AlarmDefinition, change.Action, $"alarm '{change.Name}'", AuditOutcome.Success)
                {
                    RemoteAddress = actor.Address,
                    OldValue = change.Before,
                    NewValue = change.After,
                    Reason = note,
                },
                cancellationToken);
        }

        return added;
    }

    /// <summary>Audits an action refused before it reached the engine (the user may not operate alarms).</summary>
    public Task RefusedAsync(AlarmActor actor, string action, string key, string why, CancellationToken cancellationToken) =>
        audit.RecordAsync(
            new AuditRecord(actor.Name, AuditCategories.Alarms, action, key, AuditOutcome.Failure)
            {
                RemoteAddress = actor.Address,
                OldValue = engine.Find(key)?.State.ToString(),
                Reason = why,
            },
            cancellationToken);

    private async Task<AlarmCommandResult> RunAsync(AlarmActor actor, string action, string key, string? note, Func<AlarmCommandResult> command, CancellationToken cancellationToken)
    {
        var before = engine.Find(key)?.State;
        var result = command();
        await audit.RecordAsync(
            new AuditRecord(actor.Name, AuditCategories.Alarms, action, key, result.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure)
            {
                RemoteAddress = actor.Address,
                OldValue = before?.ToString(),
                NewValue = result.Alarm is { } after ? Describe(after) : null,
                Reason = result.Succeeded ? note : $"refused: {result.Error}",
            },
            cancellationToken);
        return result;
    }

    private static string Describe(ActiveAlarm alarm) =>
        alarm.ShelvedUntil is { } until ? $"{alarm.State} until {until:yyyy-MM-dd HH:mm:ss}Z" : alarm.State.ToString();
}
