namespace HmiApp.Domain.Alarms;

/// <summary>An alarm that is not normal, as the banner, the summary and the REST API show it.</summary>
public sealed record ActiveAlarm(
    string Key,
    AlarmClass Class,
    AlarmPriority Priority,
    AlarmState State,
    bool ConditionActive,
    string Message,
    double? Value,
    DateTimeOffset Since,
    DateTimeOffset LastChange,
    DateTimeOffset? ShelvedUntil,
    string? Reason,
    AlarmTags Tags)
{
    public bool NeedsAcknowledgement => State.NeedsAcknowledgement();

    /// <summary>The summary's order: most urgent first, then newest first.</summary>
    public static int CompareForDisplay(ActiveAlarm a, ActiveAlarm b)
    {
        var byPriority = a.Priority.CompareTo(b.Priority);
        return byPriority != 0 ? byPriority : b.LastChange.CompareTo(a.LastChange);
    }
}
