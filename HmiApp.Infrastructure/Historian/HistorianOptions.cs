namespace HmiApp.Infrastructure.Historian;

/// <summary>The <c>Historian</c> configuration section.</summary>
public sealed class HistorianOptions
{
    public const string SectionName = "Historian";

    /// <summary>Samples the hand-over queue holds before acquisition waits (back-pressure).</summary>
    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>
    /// Most samples written in one transaction (one COPY on PostgreSQL). At a plant's usual rates the flush
    /// interval closes a batch long before it is full; the size matters when a backlog is caught up, where
    /// 20,000 reached 0.7–0.9 of a raw bulk load and 5,000 only 0.5–0.66 (docs/benchmarks.md).
    /// </summary>
    public int BatchSize { get; set; } = 20_000;

    /// <summary>A batch is written when it is full or this long after its first sample, whichever comes first.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>While the database is away, this many samples are kept in memory; more go to the spill file.</summary>
    public int MemoryBufferSamples { get; set; } = 500_000;

    /// <summary>Where the spill file lives; relative paths are under the content root.</summary>
    public string SpillDirectory { get; set; } = "data/historian-spill";

    /// <summary>Readiness fails when more samples than this wait for the database (memory and spill together).</summary>
    public int ReadyBufferDepth { get; set; } = 250_000;

    /// <summary>How long raw samples and rollups are kept when neither the point nor one of its tags says otherwise.</summary>
    public TimeSpan RetentionDefault { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Retention by point id (e.g. <c>"Historian:PointRetention:42": "7.00:00:00"</c>); wins over tags.</summary>
    public Dictionary<string, TimeSpan> PointRetention { get; set; } = new();

    /// <summary>Retention by point tag; a point with several such tags keeps its history for the longest of them.</summary>
    public Dictionary<string, TimeSpan> TagRetention { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How often the recurring job historian-maintenance creates partitions ahead and applies retention: whole seconds
    /// that divide a minute, minutes that divide an hour, hours that divide a day, or a day (a cron repeats it exactly).
    /// </summary>
    public TimeSpan MaintenanceInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Daily PostgreSQL partitions created ahead of today.</summary>
    public int PartitionDaysAhead { get; set; } = 3;
}
