using HmiApp.Domain.Acquisition;

namespace HmiApp.Domain.Alarms;

/// <summary>One new value of a point, as acquisition delivers it.</summary>
public readonly record struct AlarmInput(long PointId, double? Value, QualityStatus Quality, DateTimeOffset Time);
