namespace HmiApp.Infrastructure.Acquisition.Runs;

/// <summary>
/// A recurring poll job as the jobs dashboard shows it: schedule and state from the scan clock, run counts from the
/// persisted totals (they survive restarts and pruning), last duration and error from the device's poll counters.
/// </summary>
public sealed record JobSummary(
    string Key,
    string Device,
    string ScanClass,
    double PeriodMs,
    string State,
    DateTimeOffset? NextRun,
    DateTimeOffset? LastRun,
    double? LastDurationMs,
    long Succeeded,
    long Failed,
    string? LastError);
