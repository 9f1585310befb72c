using HmiApp.Domain.Acquisition;

namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// One page of raw samples. <see cref="NextCursor"/> is the time (microseconds) of the last sample when
/// more follow: a point has at most one sample per time, so "after this time" is a stable position.
/// </summary>
public sealed record HistoryPage(IReadOnlyList<PointSample> Samples, long? NextCursor);
