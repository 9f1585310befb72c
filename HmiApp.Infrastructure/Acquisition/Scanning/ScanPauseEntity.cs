namespace HmiApp.Infrastructure.Acquisition.Scanning;

/// <summary>A scan an admin paused: kept in the database so that it stays paused across restarts and on every node.</summary>
public sealed class ScanPauseEntity
{
    public required string JobKey { get; set; }

    public DateTimeOffset PausedAt { get; set; }

    public required string PausedBy { get; set; }
}
