namespace HmiApp.Acquisition;

/// <summary>A point with its live value, as <c>GET /api/v1/points</c> returns it.</summary>
public sealed record PointResource(
    long Id,
    string Device,
    string Name,
    string Description,
    string Units,
    string Table,
    int Address,
    string DataType,
    IReadOnlyDictionary<string, string> Tags,
    string? Value,
    string Quality,
    string? Reason,
    DateTimeOffset? Timestamp);
