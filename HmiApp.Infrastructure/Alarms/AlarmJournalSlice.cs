using HmiApp.Domain.Alarms;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>One page of journal entries, newest first, with the total that matched.</summary>
public sealed record AlarmJournalSlice(IReadOnlyList<AlarmJournalEntry> Entries, int Page, int PageSize, long Total);
