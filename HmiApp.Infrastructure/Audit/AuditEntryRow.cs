using HmiApp.Domain.Audit;

namespace HmiApp.Infrastructure.Audit;

/// <summary>The stored form of an audit entry; rows are only ever inserted.</summary>
public sealed class AuditEntryRow
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public string? RemoteAddress { get; set; }

    public required string Category { get; set; }

    public required string Action { get; set; }

    public required string Target { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    public AuditOutcome Outcome { get; set; }

    public string? Reason { get; set; }
}
