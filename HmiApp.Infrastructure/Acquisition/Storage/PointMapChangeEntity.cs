namespace HmiApp.Infrastructure.Acquisition.Storage;

/// <summary>One applied point map change: who, when, and what (the preview lines).</summary>
public sealed class PointMapChangeEntity
{
    public long Id { get; set; }

    public DateTimeOffset AppliedAt { get; set; }

    public required string AppliedBy { get; set; }

    public required string Summary { get; set; }

    public required string Details { get; set; }
}
