namespace HmiApp.Domain.Audit;

/// <summary>
/// One accountable event as a writer reports it: who did what to which target, from where, the value
/// before and after, and whether it took effect (and why not). The trail stamps the time.
/// </summary>
public sealed record AuditRecord(
    string Actor,
    string Category,
    string Action,
    string Target,
    AuditOutcome Outcome)
{
    public string? RemoteAddress { get; init; }

    public string? OldValue { get; init; }

    public string? NewValue { get; init; }

    /// <summary>Why it failed, or a note on a success; never a secret.</summary>
    public string? Reason { get; init; }
}
