using HmiApp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HmiApp.Infrastructure.Acquisition.Scanning;

/// <summary>The paused scans, by poll job key.</summary>
public sealed class ScanPauseStore(IServiceScopeFactory scopes, TimeProvider time)
{
    public async Task<IReadOnlySet<string>> PausedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        return (await db.Set<ScanPauseEntity>().Select(p => p.JobKey).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
    }

    public async Task PauseAsync(string job, string actor, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        if (await db.Set<ScanPauseEntity>().AnyAsync(p => p.JobKey == job, cancellationToken))
        {
            return;
        }

        db.Add(new ScanPauseEntity { JobKey = job, PausedAt = time.GetUtcNow(), PausedBy = actor });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ResumeAsync(string job, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        await db.Set<ScanPauseEntity>().Where(p => p.JobKey == job).ExecuteDeleteAsync(cancellationToken);
    }
}
