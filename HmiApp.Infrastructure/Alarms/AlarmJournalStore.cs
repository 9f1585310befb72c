using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>Reads the journal: searches for the journal page and the REST API, latest status for restart.</summary>
public sealed class AlarmJournalStore(HmiDbContext db)
{
    public async Task<AlarmJournalSlice> SearchAsync(AlarmJournalQuery query, CancellationToken cancellationToken)
    {
        var rows = Filter(query);
        var total = await rows.LongCountAsync(cancellationToken);
        var page = await rows.OrderByDescending(r => r.TimeMs).ThenByDescending(r => r.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new AlarmJournalSlice(page.Select(r => r.ToEntry()).ToList(), query.Page, query.PageSize, total);
    }

    /// <summary>Every matching entry, oldest first, streamed (for CSV export).</summary>
    public IAsyncEnumerable<AlarmJournalRow> StreamAsync(AlarmJournalQuery query) =>
        Filter(query).OrderBy(r => r.TimeMs).ThenBy(r => r.Id).AsAsyncEnumerable();

    /// <summary>The latest entry of every alarm: its status when the app stopped.</summary>
    public async Task<IReadOnlyList<AlarmJournalEntry>> LatestPerAlarmAsync(CancellationToken cancellationToken)
    {
        var latestIds = db.AlarmJournal.GroupBy(r => r.AlarmKey).Select(g => g.Max(r => r.Id));
        var rows = await db.AlarmJournal.AsNoTracking().Where(r => latestIds.Contains(r.Id)).ToListAsync(cancellationToken);
        return rows.Select(r => r.ToEntry()).ToList();
    }

    private IQueryable<AlarmJournalRow> Filter(AlarmJournalQuery query)
    {
        var rows = db.AlarmJournal.AsNoTracking();
        if (query.From is { } from)
        {
            var ms = from.ToUnixTimeMilliseconds();
            rows = rows.Where(r => r.TimeMs >= ms);
        }

        if (query.To is { } to)
        {
            var ms = to.ToUnixTimeMilliseconds();
            rows = rows.Where(r => r.TimeMs <= ms);
        }

        if (query.Priority is { } priority)
        {
            var p = (int)priority;
            rows = rows.Where(r => r.Priority == p);
        }

        if (query.State is { } state)
        {
            rows = rows.Where(r => r.ToState == state);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            // Lower-cased on both sides: SQLite LIKE and PostgreSQL LIKE differ in case sensitivity.
            var pattern = $"%{query.Text.Trim().ToLowerInvariant()}%";
            rows = rows.Where(r => EF.Functions.Like(r.AlarmKey.ToLower(), pattern)
                || EF.Functions.Like(r.Message.ToLower(), pattern)
                || (r.UserName != null && EF.Functions.Like(r.UserName.ToLower(), pattern))
                || (r.Comment != null && EF.Functions.Like(r.Comment.ToLower(), pattern)));
        }

        return rows;
    }
}
