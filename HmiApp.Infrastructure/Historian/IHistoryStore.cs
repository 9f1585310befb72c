using HmiApp.Domain.Acquisition;

namespace HmiApp.Infrastructure.Historian;

/// <summary>One database's way to keep and read history. Times are microseconds since the epoch; ranges are [from, to).</summary>
public interface IHistoryStore
{
    /// <summary>
    /// Writes one batch and its rollups in one transaction. <paramref name="mayRepeat"/> says the batch may
    /// already be stored in part or whole (a retry after an unknown outcome, a spill replay): samples
    /// already there are skipped and not counted twice in the rollups.
    /// </summary>
    Task WriteAsync(IReadOnlyList<PointSample> batch, bool mayRepeat, CancellationToken cancellationToken);

    /// <summary>Raw samples of one point in time order; at most <paramref name="limit"/> when given.</summary>
    IAsyncEnumerable<PointSample> ReadAsync(long pointId, long from, long to, int? limit, CancellationToken cancellationToken);

    /// <summary>Rollups of one width whose buckets start in [from, to), in time order.</summary>
    IAsyncEnumerable<StoredRollup> ReadRollupsAsync(long pointId, int resolution, long from, long to, CancellationToken cancellationToken);

    /// <summary>Makes sure the days from <paramref name="from"/> to <paramref name="to"/> can take samples (daily partitions on PostgreSQL).</summary>
    Task EnsureStorageAsync(long from, long to, CancellationToken cancellationToken);

    Task<RetentionOutcome> ApplyRetentionAsync(RetentionPlan plan, CancellationToken cancellationToken);
}
