namespace HmiApp.Infrastructure.Alarms;

public enum AlarmCommandOutcome
{
    Done,
    UnknownAlarm,
    Refused,
}
