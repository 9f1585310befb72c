namespace HmiApp.Domain.Alarms;

/// <summary>
/// One transition of one alarm, as the journal keeps it. It carries the whole status after the event
/// (state, condition, shelf), so the latest entry of each alarm restores it after a restart.
/// </summary>
public sealed record AlarmJournalEntry(
    DateTimeOffset Time,
    string AlarmKey,
    AlarmClass Class,
    AlarmPriority Priority,
    AlarmEvent Event,
    AlarmState FromState,
    AlarmState ToState,
    bool ConditionActive,
    string Message,
    double? Value,
    string? User,
    string? Comment,
    DateTimeOffset? ShelvedUntil,
    AlarmTags Tags);
