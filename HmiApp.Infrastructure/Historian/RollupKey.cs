namespace HmiApp.Infrastructure.Historian;

/// <summary>One point's bucket of one width (seconds) starting at <see cref="BucketStart"/> (microseconds).</summary>
public readonly record struct RollupKey(long PointId, int Resolution, long BucketStart);
