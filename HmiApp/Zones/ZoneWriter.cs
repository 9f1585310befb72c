using HmiApp.Access;
using HmiApp.Domain.Audit;
using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;

namespace HmiApp.Zones;

/// <summary>
/// Writes confirmed zone changes from a screen. Who may write is decided here, when the write runs (a disabled
/// button is no guard); a refusal is audited, and each write is validated, read back and audited by
/// <see cref="HeatingControl"/>.
/// </summary>
public sealed class ZoneWriter(HeatingControl control, WriteAuthorization writers, IAuditTrail audit)
{
    public const string Refusal = "Not written: changing a zone needs the Operator role (on a kiosk, an operator's PIN).";

    /// <summary>The results in the order of <paramref name="changes"/>, or null when nobody here may write (then nothing was written).</summary>
    public async Task<IReadOnlyList<HeatingWriteResult>?> WriteAsync(ZoneId zone, IReadOnlyList<ZoneChange> changes, CancellationToken cancellationToken)
    {
        var actor = await writers.AuthorizeAsync(HmiPolicies.Operate);
        if (actor is null)
        {
            var who = await writers.CurrentNameAsync();
            foreach (var change in changes)
            {
                await audit.RecordAsync(new AuditRecord(who, AuditCategories.Heating, $"write {change.Command.Field}", $"zone {zone.Base}/{zone.Zone}", AuditOutcome.Failure)
                {
                    OldValue = change.Old,
                    NewValue = change.New,
                    Reason = "refused: Operator role (or an operator PIN on a kiosk) required",
                }, cancellationToken);
            }

            return null;
        }

        var results = new List<HeatingWriteResult>(changes.Count);
        foreach (var change in changes)
        {
            results.Add(await control.WriteAsync(change.Command, actor.Name, cancellationToken));
        }

        return results;
    }
}
