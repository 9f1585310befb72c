namespace HmiApp.Infrastructure.Historian;

/// <summary>What the historian needs to know of a point: its name and units for answers, its tags for retention.</summary>
public sealed record PointInfo(long Id, string Name, string? Units, IReadOnlyList<string> Tags);
