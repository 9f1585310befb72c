namespace HmiApp.Infrastructure.Acquisition.Runs;

/// <summary>The poll job-run history: how runs are queued and written, and how long they are kept.</summary>
public sealed class JobRunOptions
{
    public const string SectionName = "JobRuns";

    /// <summary>Runs waiting to be written; when full, further runs are dropped (and counted) rather than slow a poll.</summary>
    public int QueueCapacity { get; set; } = 50_000;

    public int BatchSize { get; set; } = 10_000;

    /// <summary>
    /// How often queued runs are written. Each write takes the database's write lock, which on SQLite the Quartz
    /// job store's fires then wait for (the driver retries a busy database after 150 ms), so writes are rare and large.
    /// </summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Runs older than this are deleted.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>At most this many runs are kept per job, the newest.</summary>
    public int MaxRunsPerJob { get; set; } = 2_000;

    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(10);
}
