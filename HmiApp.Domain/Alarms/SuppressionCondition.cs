namespace HmiApp.Domain.Alarms;

/// <summary>
/// Suppression by design: while another point compares true with a constant the alarm is hidden
/// (e.g. "low flow" while the well's run status equals 0).
/// </summary>
public sealed record SuppressionCondition(long PointId, AlarmComparison Comparison, double Value)
{
    /// <summary>An unknown or bad value never suppresses: hiding an alarm needs evidence.</summary>
    public bool Holds(double? value, Acquisition.QualityStatus quality) =>
        value is { } v && quality != Acquisition.QualityStatus.Bad && Comparison.Holds(v, Value);
}
