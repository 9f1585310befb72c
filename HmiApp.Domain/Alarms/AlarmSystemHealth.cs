namespace HmiApp.Domain.Alarms;

/// <summary>The ISA-18.2 performance figures of the alarm system at one moment.</summary>
public sealed record AlarmSystemHealth(
    DateTimeOffset At,
    int ActivationsLast10Minutes,
    bool InFlood,
    int FloodPeriodsLast24Hours,
    int ActivationsLast24Hours,
    IReadOnlyList<string> StaleAlarms,
    IReadOnlyList<string> ChatteringAlarms);
