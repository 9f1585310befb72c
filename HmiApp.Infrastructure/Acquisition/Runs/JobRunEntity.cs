namespace HmiApp.Infrastructure.Acquisition.Runs;

/// <summary>A stored <see cref="JobRun"/>; ids grow with time, so the newest runs are those with the highest ids.</summary>
public sealed class JobRunEntity
{
    public long Id { get; set; }

    public required string JobKey { get; set; }

    public required string Device { get; set; }

    public required string ScanClass { get; set; }

    public DateTimeOffset ScheduledAt { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public double DurationMs { get; set; }

    public bool Succeeded { get; set; }

    public string? Error { get; set; }
}
