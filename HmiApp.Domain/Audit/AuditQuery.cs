namespace HmiApp.Domain.Audit;

/// <summary>A search of the trail; every criterion is optional and they combine with AND.</summary>
public sealed record AuditQuery
{
    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public string? Actor { get; init; }

    public string? Category { get; init; }

    /// <summary>Matched, case-insensitively, against action, target, values and reason.</summary>
    public string? Text { get; init; }

    public int Limit { get; init; } = 500;
}
