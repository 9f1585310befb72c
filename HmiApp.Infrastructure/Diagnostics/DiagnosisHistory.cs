using HmiApp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HmiApp.Infrastructure.Diagnostics;

/// <summary>The stored evaluations of every well.</summary>
public sealed class DiagnosisHistory(IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<DiagnosisView>> AddAsync(IReadOnlyList<DiagnosisRecord> records, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        db.DiagnosisHistory.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
        return records.Select(DiagnosisView.From).ToList();
    }

    /// <summary>Newest first; <paramref name="changesOnly"/> gives the timeline of announced changes.</summary>
    public async Task<IReadOnlyList<DiagnosisView>> PageAsync(string wellId, bool changesOnly, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        var records = await db.DiagnosisHistory.AsNoTracking()
            .Where(d => d.WellId == wellId && (!changesOnly || d.IsChange))
            .OrderByDescending(d => d.EvaluatedAtMs).ThenByDescending(d => d.Id)
            .Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return records.Select(DiagnosisView.From).ToList();
    }

    /// <summary>The latest announced diagnosis of each well.</summary>
    public async Task<IReadOnlyList<DiagnosisView>> LatestAnnouncedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        var latestIds = db.DiagnosisHistory.Where(d => d.IsChange).GroupBy(d => d.WellId).Select(g => g.Max(d => d.Id));
        var records = await db.DiagnosisHistory.AsNoTracking().Where(d => latestIds.Contains(d.Id)).ToListAsync(cancellationToken);
        return records.Select(DiagnosisView.From).OrderBy(v => v.WellId, StringComparer.Ordinal).ToList();
    }
}
