namespace HmiApp.Infrastructure.Heating;

/// <summary>How the HMI is connected to the heating bus right now, in words for the operator.</summary>
public sealed class HeatingLinkStatus
{
    private volatile Snapshot _current = new("starting", null);

    public string Description => _current.Description;

    /// <summary>Why the link does not work, or null when it does.</summary>
    public string? Problem => _current.Problem;

    public void Set(string description, string? problem) => _current = new Snapshot(description, problem);

    private sealed record Snapshot(string Description, string? Problem);
}
