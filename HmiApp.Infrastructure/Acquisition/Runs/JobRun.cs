namespace HmiApp.Infrastructure.Acquisition.Runs;

/// <summary>One run of a poll job: when it was due, when it started, how long it took and how it ended.</summary>
public sealed record JobRun(
    string JobKey,
    string Device,
    string ScanClass,
    DateTimeOffset ScheduledAt,
    DateTimeOffset StartedAt,
    double DurationMs,
    bool Succeeded,
    string? Error);
