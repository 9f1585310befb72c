using HmiApp.Domain.Acquisition;

namespace HmiApp.Domain.Alarms;

/// <summary>
/// Decides whether one definition's condition holds, with deadband hysteresis: a high alarm comes
/// above the limit and goes below limit − deadband; a low one mirrors that. A value of bad quality
/// (or none) leaves the condition as it was: bad quality is an alarm of its own kind.
/// </summary>
public sealed class AlarmConditionDetector(AlarmDefinition definition)
{
    private double? previousValue;
    private DateTimeOffset previousTime;

    public bool Active { get; private set; }

    /// <summary>The value the condition was last decided on (the deviation or rate for those kinds).</summary>
    public double? LastValue { get; private set; }

    /// <param name="point">The latest reading of the watched point.</param>
    /// <param name="setpoint">The latest reading of the setpoint point, for deviation alarms.</param>
    /// <param name="isNewPointValue">True when <paramref name="point"/> just arrived (rate of change counts only new values).</param>
    public bool Evaluate(AlarmInput? point, AlarmInput? setpoint, bool isNewPointValue)
    {
        if (definition.Kind == AlarmKind.BadQuality)
        {
            if (point is { } p)
            {
                Active = p.Quality == QualityStatus.Bad;
            }

            return Active;
        }

        if (point is not { Value: { } value, Quality: not QualityStatus.Bad } reading)
        {
            return Active;
        }

        var limit = definition.Limit ?? 0;
        switch (definition.Kind)
        {
            case AlarmKind.High or AlarmKind.HighHigh:
                Active = AboveWithDeadband(value, limit);
                LastValue = value;
                break;
            case AlarmKind.Low or AlarmKind.LowLow:
                Active = Active ? value <= limit + definition.Deadband : value < limit;
                LastValue = value;
                break;
            case AlarmKind.Deviation:
                if (setpoint is { Value: { } sp, Quality: not QualityStatus.Bad })
                {
                    var deviation = Math.Abs(value - sp);
                    Active = AboveWithDeadband(deviation, limit);
                    LastValue = deviation;
                }

                break;
            case AlarmKind.RateOfChange when isNewPointValue:
                if (previousValue is { } before && reading.Time > previousTime)
                {
                    var perMinute = Math.Abs(value - before) / (reading.Time - previousTime).TotalMinutes;
                    Active = AboveWithDeadband(perMinute, limit);
                    LastValue = perMinute;
                }

                previousValue = value;
                previousTime = reading.Time;
                break;
            case AlarmKind.Discrete:
                Active = definition.DiscreteComparison.Holds(value, definition.DiscreteValue ?? 0);
                LastValue = value;
                break;
        }

        return Active;
    }

    /// <summary>Takes over the condition recorded before a restart, so the first new value decides as a continuation.</summary>
    public void Restore(bool active) => Active = active;

    /// <summary>For <see cref="AlarmKind.CommunicationLost"/>: the device's latest poll outcome.</summary>
    public bool EvaluateCommunication(bool communicating) => Active = !communicating;

    private bool AboveWithDeadband(double value, double limit) => Active ? value >= limit - definition.Deadband : value > limit;
}
