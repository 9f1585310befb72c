using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Alarms;

namespace HmiApp.Tests.Alarms;

/// <summary>Keeps what the engine journals, so engine tests can read the transitions in order.</summary>
public sealed class RecordingJournalSink : IAlarmJournalSink
{
    private readonly List<AlarmJournalEntry> entries = [];

    public IReadOnlyList<AlarmJournalEntry> Entries
    {
        get
        {
            lock (entries)
            {
                return entries.ToList();
            }
        }
    }

    public void Append(IReadOnlyList<AlarmJournalEntry> batch)
    {
        lock (entries)
        {
            entries.AddRange(batch);
        }
    }
}
