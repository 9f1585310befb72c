using HmiApp.Access;
using HmiApp.Domain.Alarms;
using HmiApp.Domain.Audit;
using HmiApp.Infrastructure.Alarms;

namespace HmiApp.Alarms;

/// <summary>
/// The definitions page's changes: one definition created, changed or deleted at a time, saved as a new
/// version of the complete set (who, when, note), loaded into the engine at once and audited per change,
/// all through <see cref="AlarmCommands"/> as REST does; so is taking an alarm out of service and back.
/// Refusals (no engineer, invalid, name taken) are audited here. The caller passes who writes, as
/// <see cref="WriteAuthorization"/> decided when the click ran, and the signed-in name; no actor means
/// refused, audited under that name.
/// </summary>
public sealed class AlarmDefinitionEditor(IServiceScopeFactory scopes, AlarmCommands commands, IAuditTrail audit)
{
    public async Task<IReadOnlyList<AlarmDefinition>> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlarmDefinitionStore>().CurrentAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AlarmDefinitionVersion>> HistoryAsync(string name, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AlarmDefinitionStore>().HistoryAsync(name, cancellationToken);
    }

    /// <summary>
    /// Saves <paramref name="definition"/>, replacing the one named <paramref name="originalName"/> (null
    /// for a new definition; a different name renames it).
    /// </summary>
    public async Task<AlarmEditResult> SaveAsync(WriteActor? actor, string requester, string? originalName, AlarmDefinition definition, string note, CancellationToken cancellationToken)
    {
        var action = originalName is null ? "create" : "change";
        if (actor is null)
        {
            return await RefuseAsync(action, definition.Name, "Only an engineer may change alarm definitions.", cancellationToken, requester: requester);
        }

        var errors = AlarmDefinitionValidator.Validate(definition);
        if (errors.Count > 0)
        {
            return await RefuseAsync(action, definition.Name, string.Join("; ", errors), cancellationToken, actor, errors);
        }

        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<AlarmDefinitionStore>();
        var current = (await store.CurrentAsync(cancellationToken)).ToList();
        var previous = originalName is null ? null : current.FirstOrDefault(d => d.Name == originalName);
        if (originalName is not null && previous is null)
        {
            return await RefuseAsync(action, definition.Name, $"'{originalName}' no longer exists; someone deleted it meanwhile. Reload and create it again.", cancellationToken, actor);
        }

        if (definition.Name != originalName && current.Any(d => d.Name == definition.Name))
        {
            var clash = new AlarmDefinitionError(definition.Name, "name", $"'{definition.Name}' is already defined; names must be unique.");
            return await RefuseAsync(action, definition.Name, clash.ToString(), cancellationToken, actor, [clash]);
        }

        current.RemoveAll(d => d.Name == originalName);
        current.Add(definition);
        return await SaveSetAsync(store, actor, action, definition.Name, current, note, cancellationToken);
    }

    public async Task<AlarmEditResult> DeleteAsync(WriteActor? actor, string requester, string name, string note, CancellationToken cancellationToken)
    {
        if (actor is null)
        {
            return await RefuseAsync("delete", name, "Only an engineer may delete alarm definitions.", cancellationToken, requester: requester);
        }

        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<AlarmDefinitionStore>();
        var current = (await store.CurrentAsync(cancellationToken)).ToList();
        var previous = current.FirstOrDefault(d => d.Name == name);
        if (previous is null)
        {
            return await RefuseAsync("delete", name, $"'{name}' is not defined.", cancellationToken, actor);
        }

        current.Remove(previous);
        return await SaveSetAsync(store, actor, "delete", name, current, note, cancellationToken);
    }

    /// <summary>Takes the alarm out of service (with a reason) or returns it to service.</summary>
    public async Task<AlarmEditResult> SetInServiceAsync(WriteActor? actor, string requester, string name, bool inService, string reason, CancellationToken cancellationToken)
    {
        var action = inService ? "return to service" : "remove from service";
        if (actor is null)
        {
            const string why = "Only an engineer may take alarms out of service.";
            await commands.RefusedAsync(new AlarmActor(requester, null), inService ? AlarmCommands.ReturnToServiceAction : AlarmCommands.RemoveFromServiceAction,
                name, $"refused: {why}", cancellationToken);
            return new AlarmEditResult(false, why, []);
        }

        var alarmActor = new AlarmActor(actor.Name, actor.Address);
        var result = inService
            ? await commands.ReturnToServiceAsync(alarmActor, name, cancellationToken)
            : await commands.RemoveFromServiceAsync(alarmActor, name, reason, cancellationToken);
        return new AlarmEditResult(result.Succeeded, result.Succeeded ? $"{name}: {action} done." : result.Error!, []);
    }

    private async Task<AlarmEditResult> SaveSetAsync(AlarmDefinitionStore store, WriteActor actor, string action, string name,
        List<AlarmDefinition> set, string note, CancellationToken cancellationToken)
    {
        var changeNote = string.IsNullOrWhiteSpace(note) ? $"{action} on the definitions page" : note.Trim();
        var added = await commands.SaveDefinitionsAsync(new AlarmActor(actor.Name, actor.Address), store, set, changeNote, cancellationToken);
        return new AlarmEditResult(true, added == 0 ? $"{name}: nothing changed." : $"{name}: saved ({action}).", []);
    }

    private async Task<AlarmEditResult> RefuseAsync(string action, string name, string reason, CancellationToken cancellationToken,
        WriteActor? actor = null, IReadOnlyList<AlarmDefinitionError>? errors = null, string? requester = null)
    {
        var result = new AlarmEditResult(false, reason, errors ?? []);
        await RecordAsync(actor, action, name, result, cancellationToken, requester);
        return result;
    }

    private Task RecordAsync(WriteActor? actor, string action, string name, AlarmEditResult result, CancellationToken cancellationToken, string? requester) =>
        audit.RecordAsync(
            new AuditRecord(actor?.Name ?? requester ?? "anonymous", AuditCategories.AlarmDefinition, action, $"alarm '{name}'", AuditOutcome.Failure)
            {
                RemoteAddress = actor?.Address,
                Reason = result.Message,
            },
            cancellationToken);
}

/// <summary>What a change on the definitions page came to; <see cref="Errors"/> name the fields.</summary>
public sealed record AlarmEditResult(bool Succeeded, string Message, IReadOnlyList<AlarmDefinitionError> Errors);
