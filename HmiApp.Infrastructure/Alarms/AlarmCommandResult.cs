using HmiApp.Domain.Alarms;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>What became of an operator's command; <see cref="Error"/> says why it was refused.</summary>
public sealed record AlarmCommandResult(AlarmCommandOutcome Outcome, string? Error = null, ActiveAlarm? Alarm = null)
{
    public bool Succeeded => Outcome == AlarmCommandOutcome.Done;

    public static AlarmCommandResult Unknown(string key) => new(AlarmCommandOutcome.UnknownAlarm, $"No alarm '{key}'.");

    public static AlarmCommandResult Refuse(string error) => new(AlarmCommandOutcome.Refused, error);
}
