using HmiApp.Domain.Alarms;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>Where the engine hands its transitions. It may block when full, but must never drop one.</summary>
public interface IAlarmJournalSink
{
    void Append(IReadOnlyList<AlarmJournalEntry> entries);
}
