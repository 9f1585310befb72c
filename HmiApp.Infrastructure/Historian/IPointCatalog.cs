namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// The historian's only view of the point map, which acquisition owns. History is kept by point id and
/// outlives edits of the map, so a point the catalog no longer knows still has its history served.
/// </summary>
public interface IPointCatalog
{
    ValueTask<PointInfo?> FindAsync(long pointId, CancellationToken cancellationToken);

    ValueTask<IReadOnlyList<PointInfo>> ListAsync(CancellationToken cancellationToken);
}
