using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Acquisition.Files;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Storage;

namespace HmiApp.Infrastructure.Acquisition;

/// <summary>
/// Import, preview, apply and export of point maps. Apply is atomic: the map is checked as a whole first, stored
/// in one transaction, and only then swapped into the engine; until that moment the old map keeps polling.
/// </summary>
public sealed class PointMapService(PointMapRepository repository, AcquisitionEngine engine, PollScheduler scheduler)
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
        return changes;
    }

    public string Export(PointMapFormat format) => PointMapFiles.Write(format, engine.Current.Map);

    /// <summary>Loads the stored map into the engine and brings the poll jobs in step.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await engine.ApplyAsync(await repository.LoadAsync(cancellationToken), cancellationToken);
        await scheduler.SyncAsync(cancellationToken);
    }
}
