using System.Collections.Concurrent;

namespace HmiApp.Infrastructure.Historian;

/// <summary>The catalog until acquisition registers the point map's own; points are added with <see cref="Set"/>.</summary>
public sealed class InMemoryPointCatalog : IPointCatalog
{
    private readonly ConcurrentDictionary<long, PointInfo> points = new();

    public void Set(PointInfo point) => points[point.Id] = point;

    public ValueTask<PointInfo?> FindAsync(long pointId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(points.GetValueOrDefault(pointId));

    public ValueTask<IReadOnlyList<PointInfo>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<PointInfo>>(points.Values.OrderBy(p => p.Id).ToList());
}
