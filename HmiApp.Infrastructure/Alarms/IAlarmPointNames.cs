namespace HmiApp.Infrastructure.Alarms;

/// <summary>
/// Point names of the point map, so that exported definitions name points as engineers do. The
/// acquisition feature's point map provides it.
/// </summary>
public interface IAlarmPointNames
{
    long? IdOf(string pointName);

    string? NameOf(long pointId);
}
