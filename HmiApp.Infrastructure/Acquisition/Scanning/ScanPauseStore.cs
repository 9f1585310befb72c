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
        // One statement, not check-then-insert: two nodes pausing the same scan at once must both succeed.
        // Both SQLite and PostgreSQL speak ON CONFLICT DO NOTHING.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO scan_pauses (job_key, paused_at_unix_ms, paused_by) VALUES ({job}, {time.GetUtcNow().ToUnixTimeMilliseconds()}, {actor}) ON CONFLICT (job_key) DO NOTHING",
            cancellationToken);
    }

    public async Task ResumeAsync(string job, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        await db.Set<ScanPauseEntity>().Where(p => p.JobKey == job).ExecuteDeleteAsync(cancellationToken);
    }
}
