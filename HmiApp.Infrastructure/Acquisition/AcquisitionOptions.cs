namespace HmiApp.Infrastructure.Acquisition;

/// <summary>The <c>Acquisition</c> configuration section.</summary>
public sealed class AcquisitionOptions
{
    public const string SectionName = "Acquisition";

    /// <summary>False stops all polling (the point maps can still be edited).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A value with no fresh read within this many scan periods is stale (Uncertain), then Bad.</summary>
    public double StaleFactor { get; set; } = 2.0;

    /// <summary>Failed polls in a row that open a device's breaker.</summary>
    public int BreakerFailureThreshold { get; set; } = 3;

    public TimeSpan BreakerBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan BreakerMaxBackoff { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How often each scan's Hangfire job closes its window (records what the scans did); whole seconds that divide
    /// a minute, or one minute. The scans keep their own period whatever this is. A minute by default: each window
    /// is a Hangfire job with its state changes in storage, and at 15 s the 100-device bench spent 7 points of a core
    /// more on them (docs/benchmarks.md, "Polling").
    /// </summary>
    public TimeSpan PollWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// On PostgreSQL, how often a node counts the nodes and takes or gives up devices (Scanning/PostgresDeviceOwnership):
    /// a dead node's devices are polled again within about this long.
    /// </summary>
    public TimeSpan OwnershipInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The name this node goes by in a PostgreSQL cluster (its owner session, its notifications); unset: host name and
    /// process id, unique on a network. Set it where a name should survive restarts in logs and the dashboard.
    /// </summary>
    public string? NodeName { get; set; }

    /// <summary>How often the stale sweep looks at every value.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Most updates per second one circuit gets; changes in between are coalesced.</summary>
    public double BroadcastRateHz { get; set; } = 4.0;

    /// <summary>Largest run of unused registers one read may span to join two points.</summary>
    public int MaxReadGap { get; set; } = 8;

    /// <summary>Rows kept in the poll-job run history.</summary>
    public int RunHistoryLimit { get; set; } = 2000;
}
