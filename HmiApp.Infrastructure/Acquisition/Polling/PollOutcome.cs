namespace HmiApp.Infrastructure.Acquisition.Polling;

/// <summary>How one poll ended, for the job-run history: ok, or failed with the reason shown to admins.</summary>
public sealed record PollOutcome(bool Succeeded, string? Error)
{
    public static PollOutcome Ok { get; } = new(true, null);

    /// <summary>The poll did not run: the previous poll of its device and scan class still ran.</summary>
    public static PollOutcome Busy { get; } = new(false, "skipped: the previous poll of this scan was still running") { WasSkipped = true };

    public bool WasSkipped { get; private init; }

    public static PollOutcome Failed(string error) => new(false, error);
}
