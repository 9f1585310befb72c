using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HmiApp.Health;

/// <summary>
/// The readiness report every screen's System card shows, run at most once per <see cref="MaxAge"/> for all of them:
/// with one check run per circuit, 500 open screens would query the database 100 times a second.
/// </summary>
public sealed class SharedReadinessReport(HealthCheckService health, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile ReadinessReading? latest;

    public async Task<ReadinessReading> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } reading)
        {
            return reading;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            // Whoever waited on the gate finds the report the one before it just made.
            if (Fresh() is { } made)
            {
                return made;
            }

            var report = await health.CheckHealthAsync(c => c.Tags.Contains(HealthTags.Ready), cancellationToken);
            latest = new ReadinessReading(report, clock.GetUtcNow());
            return latest;
        }
        finally
        {
            gate.Release();
        }
    }

    private ReadinessReading? Fresh() => latest is { } l && clock.GetUtcNow() - l.CheckedAt < MaxAge ? l : null;
}

/// <summary>A readiness report and when its checks ran.</summary>
public sealed record ReadinessReading(HealthReport Report, DateTimeOffset CheckedAt);
