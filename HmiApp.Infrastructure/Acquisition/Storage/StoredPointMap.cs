using HmiApp.Domain.Acquisition;

namespace HmiApp.Infrastructure.Acquisition.Storage;

/// <summary>The point map as stored, with the database id of every point (samples refer to points by id).</summary>
public sealed record StoredPointMap(PointMap Map, IReadOnlyDictionary<PointKey, long> PointIds)
{
    public static StoredPointMap Empty { get; } = new(PointMap.Empty, new Dictionary<PointKey, long>());
}
