using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Historian;

namespace HmiApp.Tests.Historian;

/// <summary>A real store behind a switch: while <see cref="Down"/>, every write fails the way a lost database does.</summary>
public sealed class OutageStore(IHistoryStore inner) : IHistoryStore
{
    private int failedWrites;

    public volatile bool Down;

    public int FailedWrites => Volatile.Read(ref failedWrites);

    public Task WriteAsync(IReadOnlyList<PointSample> batch, bool mayRepeat, CancellationToken cancellationToken)
    {
        if (Down)
        {
            Interlocked.Increment(ref failedWrites);
            throw new IOException("database not reachable (test outage)");
        }

        return inner.WriteAsync(batch, mayRepeat, cancellationToken);
    }

    public IAsyncEnumerable<PointSample> ReadAsync(long pointId, long from, long to, int? limit, CancellationToken cancellationToken) =>
        inner.ReadAsync(pointId, from, to, limit, cancellationToken);

    public IAsyncEnumerable<StoredRollup> ReadRollupsAsync(long pointId, int resolution, long from, long to, CancellationToken cancellationToken) =>
        inner.ReadRollupsAsync(pointId, resolution, from, to, cancellationToken);

    public Task EnsureStorageAsync(long from, long to, CancellationToken cancellationToken) => inner.EnsureStorageAsync(from, to, cancellationToken);

    public Task<RetentionOutcome> ApplyRetentionAsync(RetentionPlan plan, CancellationToken cancellationToken) => inner.ApplyRetentionAsync(plan, cancellationToken);
}
