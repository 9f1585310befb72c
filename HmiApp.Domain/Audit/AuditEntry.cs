namespace HmiApp.Domain.Audit;

/// <summary>A recorded event as read back from the trail.</summary>
public sealed record AuditEntry(
    long Id,
    DateTimeOffset At,
    string Actor,
    string? RemoteAddress,
    string Category,
    string Action,
    string Target,
    string? OldValue,
    string? NewValue,
    AuditOutcome Outcome,
    string? Reason);
