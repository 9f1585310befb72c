namespace HmiApp.Infrastructure.Historian;

/// <summary>A series of at most the requested number of points, with the store it came from and its bucket width (microseconds).</summary>
public sealed record DownsampledSeries(HistorySource Source, long BucketWidth, IReadOnlyList<SeriesPoint> Points);
