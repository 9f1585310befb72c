namespace HmiApp.Infrastructure.Acquisition.Runs;

/// <summary>The poll job-run history: how runs are queued and written, and how long they are kept.</summary>
public sealed class JobRunOptions
{
    public const string SectionName = "JobRuns";

    /// <summary>Runs waiting to be written; when full, further runs are dropped (and counted) rather than slow a poll.</summary>
    public int QueueCapacity { get; set; } = 50_000;

    public int BatchSize { get; set; } = 10_000;

    /// <summary>
    /// Runs per database transaction. On SQLite each transaction holds the one write lock that the historian and
    /// every other writer also need, so a batch is written as several short transactions rather than one long one.
    /// </summary>
    public int RunsPerTransaction { get; set; } = 200;

    /// <summary>How often queued runs are written: rarely, so that the history costs the polls few lock waits.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First wait before a write the database refused is tried again; it doubles up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Runs older than this are deleted.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(7);

    /// <summary>At most this many runs are kept per job, the newest.</summary>
    public int MaxRunsPerJob { get; set; } = 2_000;

    /// <summary>How often the recurring job job-run-prune deletes what is older or beyond the count; an interval a cron repeats exactly.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(10);
}
