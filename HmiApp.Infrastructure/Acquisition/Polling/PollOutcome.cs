namespace HmiApp.Infrastructure.Acquisition.Polling;

/// <summary>How one poll ended, for the job-run history: ok, or failed with the reason shown to admins.</summary>
public sealed record PollOutcome(bool Succeeded, string? Error)
{
    public static PollOutcome Ok { get; } = new(true, null);

    public static PollOutcome Failed(string error) => new(false, error);
}
