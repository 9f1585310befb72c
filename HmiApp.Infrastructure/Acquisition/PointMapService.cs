using System.Globalization;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Audit;
using HmiApp.Infrastructure.Acquisition.Files;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Storage;
using HmiApp.Infrastructure.Mqtt;

namespace HmiApp.Infrastructure.Acquisition;

/// <summary>
/// Import, preview, apply and export of point maps. Apply is atomic: the map is checked as a whole first, stored
/// in one transaction, and only then swapped into the engine; until that moment the old map keeps polling.
/// Edits of one entry (from the admin pages) become a new version of the whole map and take the same path.
/// </summary>
public sealed class PointMapService(PointMapRepository repository, AcquisitionEngine engine, PollScheduler scheduler, MqttAcquisition mqtt, IAuditTrail audit, AcquisitionChanges announced)
{
    public PointMapPreview Preview(PointMapFormat format, string text)
    {
        var import = PointMapFiles.Read(format, text);
        var changes = import.Map is null ? [] : PointMapDiff.Compare(engine.Current.Map, import.Map);
        return new PointMapPreview(import, changes);
    }

    /// <summary>Applies a checked map; throws <see cref="ArgumentException"/> when the preview has issues.</summary>
    public async Task<IReadOnlyList<PointMapChange>> ApplyAsync(PointMapPreview preview, string appliedBy, CancellationToken cancellationToken)
    {
        if (preview.Import.Map is not { } map)
        {
            throw new ArgumentException("The import has issues and cannot be applied: " + string.Join("; ", preview.Import.Issues), nameof(preview));
        }

        var changes = await repository.ApplyAsync(map, appliedBy, cancellationToken);
        await ReloadAsync(cancellationToken);
        announced.Announce(AcquisitionChanges.PointMap);
        return changes;
    }

    /// <summary>The map saving <paramref name="fields"/> as <paramref name="original"/> (null: a new entry) would give, checked as a whole.</summary>
    public PointMapEdit Edit(PointMapRecordKind kind, PointMapEntry? original, IReadOnlyDictionary<string, string?> fields) =>
        PointMapEditor.Save(engine.Current.Map, kind, original, fields);

    public PointMapEdit Delete(PointMapEntry entry) => PointMapEditor.Delete(engine.Current.Map, entry);

    /// <summary>A scan class with a new period: the same whole-map check, so a period below the minimum is refused by name.</summary>
    public PointMapEdit ChangePeriod(string scanClass, TimeSpan period)
    {
        var current = engine.Current.Map.ScanClasses.FirstOrDefault(s => string.Equals(s.Name, scanClass, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Scan class '{scanClass}' is not in the applied map.", nameof(scanClass));
        var fields = PointMapFields.Of(current).ToDictionary(f => f.Key, f => (string?)f.Value);
        fields["periodMs"] = ((long)period.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        return Edit(PointMapRecordKind.ScanClass, PointMapEntry.Of(current), fields);
    }

    public IReadOnlyList<PointMapChange> Changes(PointMapEdit edit) =>
        edit.Import.Map is { } map ? PointMapDiff.Compare(edit.Base, map) : [];

    /// <summary>
    /// Applies a checked edit as a new map version and audits it. Throws <see cref="ArgumentException"/> when it has
    /// issues and <see cref="InvalidOperationException"/> when another change was applied since the edit began.
    /// </summary>
    public async Task<IReadOnlyList<PointMapChange>> ApplyAsync(PointMapEdit edit, string appliedBy, CancellationToken cancellationToken)
    {
        if (edit.Import.Map is null)
        {
            throw new ArgumentException($"The edit of {edit.Edited} has issues and cannot be applied: " + string.Join("; ", edit.Import.Issues.Select(edit.Describe)), nameof(edit));
        }

        if (!ReferenceEquals(edit.Base, engine.Current.Map))
        {
            throw new InvalidOperationException($"The point map was changed by someone else while {edit.Edited} was being edited: reload the page and edit again.");
        }

        var changes = await ApplyAsync(new PointMapPreview(edit.Import, Changes(edit)), appliedBy, cancellationToken);
        await audit.RecordAsync(
            new AuditRecord(appliedBy, AuditCategories.PointMap, "edit", edit.Edited.ToString(), AuditOutcome.Success)
            {
                NewValue = Truncate(string.Join("; ", changes)),
            },
            cancellationToken);
        return changes;
    }

    public string Export(PointMapFormat format) => PointMapFiles.Write(format, engine.Current.Map);

    /// <summary>Loads the stored map into the engine, brings the poll jobs in step and the MQTT subscriptions.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var stored = await repository.LoadAsync(cancellationToken);
        await engine.ApplyAsync(stored, cancellationToken);
        await scheduler.SyncAsync(cancellationToken);
        await mqtt.ApplyAsync(stored, cancellationToken);
    }

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..997] + "...";
}
