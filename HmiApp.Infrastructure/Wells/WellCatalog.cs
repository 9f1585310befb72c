using System.Collections.Concurrent;

namespace HmiApp.Infrastructure.Wells;

/// <summary>
/// The wells the HMI knows, held in memory so that every reading and every evaluation need not ask the
/// database. <see cref="WellStore"/> is the only writer: it stores first, then updates this copy.
/// </summary>
public sealed class WellCatalog
{
    private readonly ConcurrentDictionary<string, CatalogedWell> wells = new(StringComparer.Ordinal);

    public IReadOnlyList<CatalogedWell> All => wells.Values.OrderBy(w => w.Well.Id, StringComparer.Ordinal).ToList();

    public bool TryGet(string wellId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CatalogedWell? well) => wells.TryGetValue(wellId, out well);

    internal void Put(CatalogedWell well) => wells[well.Well.Id] = well;
}
