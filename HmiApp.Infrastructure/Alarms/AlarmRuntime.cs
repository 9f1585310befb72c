using HmiApp.Domain.Alarms;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>The live status of one alarm inside the engine; only touched under the engine's lock.</summary>
internal sealed class AlarmRuntime(string key, AlarmClass alarmClass, AlarmDefinition? definition)
{
    public string Key { get; } = key;

    public AlarmClass Class { get; set; } = alarmClass;

    public AlarmDefinition? Definition { get; set; } = definition;

    public AlarmConditionDetector? Detector { get; set; } = definition is null ? null : new AlarmConditionDetector(definition);

    public AlarmPriority Priority { get; set; } = definition?.Priority ?? AlarmPriority.Medium;

    public string Message { get; set; } = definition?.Message ?? key;

    public AlarmTags Tags { get; set; } = definition?.Tags ?? AlarmTags.None;

    public AlarmState State { get; set; }

    public bool ConditionActive { get; set; }

    public bool SuppressedByDesign { get; set; }

    /// <summary>A condition change waiting out its on- or off-delay.</summary>
    public (bool Active, DateTimeOffset Due)? Pending { get; set; }

    public DateTimeOffset? ShelvedUntil { get; set; }

    /// <summary>Why it is shelved or out of service.</summary>
    public string? Reason { get; set; }

    public DateTimeOffset Since { get; set; }

    public DateTimeOffset LastChange { get; set; }

    public ActiveAlarm ToActiveAlarm() =>
        new(Key, Class, Priority, State, ConditionActive, Message, Detector?.LastValue, Since, LastChange, ShelvedUntil, Reason, Tags);
}
