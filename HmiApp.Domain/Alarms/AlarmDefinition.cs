namespace HmiApp.Domain.Alarms;

/// <summary>
/// One alarm on a point, as an engineer defines it. <see cref="Name"/> identifies it across versions;
/// the journal and the operator see the name and the message.
/// </summary>
public sealed record AlarmDefinition
{
    public required string Name { get; init; }

    public required AlarmKind Kind { get; init; }

    /// <summary>The watched point; not used by <see cref="AlarmKind.CommunicationLost"/>.</summary>
    public long PointId { get; init; }

    /// <summary>The device whose communication <see cref="AlarmKind.CommunicationLost"/> watches.</summary>
    public string? DeviceId { get; init; }

    /// <summary>The limit of an analog alarm, the allowed deviation, or the allowed change per minute.</summary>
    public double? Limit { get; init; }

    /// <summary>Return-to-normal lies this far inside the limit (limit − deadband for high, + for low).</summary>
    public double Deadband { get; init; }

    /// <summary>The setpoint point a <see cref="AlarmKind.Deviation"/> alarm compares with.</summary>
    public long? SetpointPointId { get; init; }

    /// <summary>A <see cref="AlarmKind.Discrete"/> alarm is active while value (comparison) <see cref="DiscreteValue"/>.</summary>
    public AlarmComparison DiscreteComparison { get; init; } = AlarmComparison.Equal;

    public double? DiscreteValue { get; init; }

    public AlarmPriority Priority { get; init; } = AlarmPriority.Medium;

    public required string Message { get; init; }

    /// <summary>The condition must hold this long before the alarm is raised (chattering suppression).</summary>
    public TimeSpan OnDelay { get; init; }

    /// <summary>The condition must be gone this long before the alarm returns to normal.</summary>
    public TimeSpan OffDelay { get; init; }

    public SuppressionCondition? Suppression { get; init; }

    public AlarmTags Tags { get; init; } = AlarmTags.None;

    public AlarmClass Class => Kind is AlarmKind.BadQuality or AlarmKind.CommunicationLost ? AlarmClass.System : AlarmClass.Process;

    /// <summary>Every point the condition or its suppression reads.</summary>
    public IEnumerable<long> ReadPoints()
    {
        if (Kind != AlarmKind.CommunicationLost)
        {
            yield return PointId;
        }

        if (Kind == AlarmKind.Deviation && SetpointPointId is { } setpoint)
        {
            yield return setpoint;
        }

        if (Suppression is { } suppression)
        {
            yield return suppression.PointId;
        }
    }
}
