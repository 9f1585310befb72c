namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// Aggregate of one point's valued samples over one bucket of <see cref="Resolution"/> seconds
/// (table <c>history_rollups</c>). Min and max keep their times so that a downsampled series can place
/// them exactly.
/// </summary>
public sealed class StoredRollup
{
    public long PointId { get; set; }

    /// <summary>Bucket width in seconds: 60 or 3600.</summary>
    public int Resolution { get; set; }

    public long BucketStart { get; set; }

    public double Min { get; set; }

    public long MinTime { get; set; }

    public double Max { get; set; }

    public long MaxTime { get; set; }

    public double Sum { get; set; }

    public long Count { get; set; }

    public double Last { get; set; }

    public long LastTime { get; set; }
}
