using HmiApp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HmiApp.Infrastructure.Acquisition.Runs;

/// <summary>The stored job-run history: batch inserts with their totals, pages of a job's runs, and pruning.</summary>
public sealed class JobRunStore(IServiceScopeFactory scopes)
{
    /// <summary>Inserts <paramref name="runs"/> and adds them to their jobs' totals, in one transaction.</summary>
    public async Task InsertAsync(IReadOnlyList<JobRun> runs, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.JobRuns.AddRange(runs.Select(r => new JobRunEntity
        {
            JobKey = r.JobKey,
            Device = r.Device,
            ScanClass = r.ScanClass,
            ScheduledAt = r.ScheduledAt,
            StartedAt = r.StartedAt,
            DurationMs = r.DurationMs,
            Succeeded = r.Succeeded,
            Error = r.Error is { Length: > 1000 } e ? e[..1000] : r.Error,
        }));
        var keys = runs.Select(r => r.JobKey).Distinct().ToList();
        var totals = await db.JobRunTotals.Where(t => keys.Contains(t.JobKey)).ToDictionaryAsync(t => t.JobKey, cancellationToken);
        foreach (var group in runs.GroupBy(r => r.JobKey))
        {
            if (!totals.TryGetValue(group.Key, out var total))
            {
                total = new JobRunTotalEntity { JobKey = group.Key };
                db.JobRunTotals.Add(total);
            }

            total.Succeeded += group.Count(r => r.Succeeded);
            total.Failed += group.Count(r => !r.Succeeded);
            total.LastRunAt = group.Max(r => r.StartedAt);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A job's runs, newest first.</summary>
    public async Task<JobRunPage> RunsAsync(string jobKey, int skip, int take, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        var query = db.JobRuns.AsNoTracking().Where(r => r.JobKey == jobKey);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(r => r.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new JobRunPage(total, rows.Select(r => new JobRun(r.JobKey, r.Device, r.ScanClass, r.ScheduledAt, r.StartedAt, r.DurationMs, r.Succeeded, r.Error)).ToList());
    }

    public async Task<IReadOnlyDictionary<string, JobRunTotalEntity>> TotalsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        return await db.JobRunTotals.AsNoTracking().ToDictionaryAsync(t => t.JobKey, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>Deletes runs started before <paramref name="olderThan"/> and all but the newest <paramref name="keepPerJob"/> of each job; returns how many.</summary>
    public async Task<int> PruneAsync(DateTimeOffset olderThan, int keepPerJob, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        var deleted = await db.JobRuns.Where(r => r.StartedAt < olderThan).ExecuteDeleteAsync(cancellationToken);
        var keys = await db.JobRuns.Select(r => r.JobKey).Distinct().ToListAsync(cancellationToken);
        foreach (var key in keys)
        {
            var newestDropped = await db.JobRuns.Where(r => r.JobKey == key).OrderByDescending(r => r.Id)
                .Skip(keepPerJob).Select(r => (long?)r.Id).FirstOrDefaultAsync(cancellationToken);
            if (newestDropped is { } id)
            {
                deleted += await db.JobRuns.Where(r => r.JobKey == key && r.Id <= id).ExecuteDeleteAsync(cancellationToken);
            }
        }

        return deleted;
    }
}
