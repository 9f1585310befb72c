using HmiApp.Domain.Alarms;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>
/// One journal entry in table <c>alarm_journal</c>. Times are Unix milliseconds, because SQLite cannot
/// order or compare <see cref="DateTimeOffset"/> columns in queries.
/// </summary>
public sealed class AlarmJournalRow
{
    public long Id { get; set; }

    public long TimeMs { get; set; }

    public required string AlarmKey { get; set; }

    public AlarmClass Class { get; set; }

    public int Priority { get; set; }

    public AlarmEvent Event { get; set; }

    public AlarmState FromState { get; set; }

    public AlarmState ToState { get; set; }

    public bool ConditionActive { get; set; }

    public required string Message { get; set; }

    public double? Value { get; set; }

    public string? UserName { get; set; }

    public string? Comment { get; set; }

    public long? ShelvedUntilMs { get; set; }

    public string? Area { get; set; }

    public string? Device { get; set; }

    public string? Well { get; set; }

    public string? Zone { get; set; }

    public static AlarmJournalRow From(AlarmJournalEntry e) => new()
    {
        TimeMs = e.Time.ToUnixTimeMilliseconds(),
        AlarmKey = e.AlarmKey,
        Class = e.Class,
        Priority = (int)e.Priority,
        Event = e.Event,
        FromState = e.FromState,
        ToState = e.ToState,
        ConditionActive = e.ConditionActive,
        Message = Clip(e.Message, AlarmJournalRowConfiguration.MessageLength)!,
        Value = e.Value is { } v && double.IsFinite(v) ? v : null,
        UserName = Clip(e.User, AlarmJournalRowConfiguration.NameLength),
        Comment = Clip(e.Comment, AlarmJournalRowConfiguration.CommentLength),
        ShelvedUntilMs = e.ShelvedUntil?.ToUnixTimeMilliseconds(),
        Area = Clip(e.Tags.Area, AlarmJournalRowConfiguration.TagLength),
        Device = Clip(e.Tags.Device, AlarmJournalRowConfiguration.TagLength),
        Well = Clip(e.Tags.Well, AlarmJournalRowConfiguration.TagLength),
        Zone = Clip(e.Tags.Zone, AlarmJournalRowConfiguration.TagLength),
    };

    public AlarmJournalEntry ToEntry() => new(
        DateTimeOffset.FromUnixTimeMilliseconds(TimeMs), AlarmKey, Class, (AlarmPriority)Priority, Event, FromState, ToState, ConditionActive,
        Message, Value, UserName, Comment, ShelvedUntilMs is { } until ? DateTimeOffset.FromUnixTimeMilliseconds(until) : null,
        new AlarmTags(Area, Device, Well, Zone));

    private static string? Clip(string? text, int length) => text is not null && text.Length > length ? text[..length] : text;
}
