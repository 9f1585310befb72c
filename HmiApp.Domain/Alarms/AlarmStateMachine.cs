namespace HmiApp.Domain.Alarms;

/// <summary>
/// The ISA-18.2 state transitions. Out of service outranks shelved, shelved outranks suppressed by
/// design, and those outrank the annunciation states; leaving one of them lands in the state the
/// condition dictates, so an alarm still active when its shelf expires is annunciated again (UNACK).
/// </summary>
public static class AlarmStateMachine
{
    /// <param name="state">The state before the event.</param>
    /// <param name="alarmEvent">What happened.</param>
    /// <param name="conditionActive">Whether the alarm condition holds after the event.</param>
    /// <param name="suppressedByDesign">Whether the design suppression holds after the event.</param>
    public static AlarmState Next(AlarmState state, AlarmEvent alarmEvent, bool conditionActive, bool suppressedByDesign) => state switch
    {
        AlarmState.OutOfService => alarmEvent == AlarmEvent.ReturnToService ? Dictated(conditionActive, suppressedByDesign) : state,
        _ when alarmEvent == AlarmEvent.RemoveFromService => AlarmState.OutOfService,
        AlarmState.Shelved => alarmEvent == AlarmEvent.Unshelve ? Dictated(conditionActive, suppressedByDesign) : state,
        AlarmState.SuppressedByDesign => alarmEvent == AlarmEvent.ReleaseDesignSuppression ? Dictated(conditionActive, suppressedByDesign: false) : state,
        _ when alarmEvent == AlarmEvent.Shelve => AlarmState.Shelved,
        _ when alarmEvent == AlarmEvent.SuppressByDesign => AlarmState.SuppressedByDesign,
        AlarmState.Normal => alarmEvent == AlarmEvent.ConditionActive ? AlarmState.Unacknowledged : state,
        AlarmState.Unacknowledged => alarmEvent switch
        {
            AlarmEvent.ConditionCleared => AlarmState.ReturnedUnacknowledged,
            AlarmEvent.Acknowledge => AlarmState.Acknowledged,
            _ => state,
        },
        AlarmState.Acknowledged => alarmEvent == AlarmEvent.ConditionCleared ? AlarmState.Normal : state,
        AlarmState.ReturnedUnacknowledged => alarmEvent switch
        {
            AlarmEvent.ConditionActive => AlarmState.Unacknowledged,
            AlarmEvent.Acknowledge => AlarmState.Normal,
            _ => state,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not an alarm state."),
    };

    /// <summary>The state an alarm takes when nothing but its condition and its design decide.</summary>
    public static AlarmState Dictated(bool conditionActive, bool suppressedByDesign) =>
        suppressedByDesign ? AlarmState.SuppressedByDesign : conditionActive ? AlarmState.Unacknowledged : AlarmState.Normal;

    /// <summary>Annunciated states: shown on the banner and the summary.</summary>
    public static bool IsAnnunciated(this AlarmState state) =>
        state is AlarmState.Unacknowledged or AlarmState.Acknowledged or AlarmState.ReturnedUnacknowledged;

    public static bool NeedsAcknowledgement(this AlarmState state) =>
        state is AlarmState.Unacknowledged or AlarmState.ReturnedUnacknowledged;
}
