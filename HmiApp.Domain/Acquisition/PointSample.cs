namespace HmiApp.Domain.Acquisition;

/// <summary>
/// One historised value of a point: what acquisition hands to the historian. Numbers only (booleans as
/// 0/1); text points are live-only. <see cref="Value"/> is null when the quality is Bad.
/// </summary>
public readonly record struct PointSample(long PointId, DateTimeOffset Timestamp, double? Value, QualityStatus Quality);
