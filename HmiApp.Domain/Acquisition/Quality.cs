namespace HmiApp.Domain.Acquisition;

/// <summary>The quality stamped on every value, with the reason when it is not good.</summary>
public readonly record struct Quality(QualityStatus Status, string? Reason = null)
{
    public static Quality Good => new(QualityStatus.Good);

    public static Quality Stale(string reason) => new(QualityStatus.Uncertain, reason);

    public static Quality Bad(string reason) => new(QualityStatus.Bad, reason);

    public bool IsGood => Status == QualityStatus.Good;

    public override string ToString() => Reason is null ? Status.ToString() : $"{Status} ({Reason})";
}
