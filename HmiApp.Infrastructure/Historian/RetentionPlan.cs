namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// Cut-offs (microseconds) before which history is deleted: one for every point not listed, and one per
/// listed point whose retention differs from the default.
/// </summary>
public sealed record RetentionPlan(long DefaultCutoff, IReadOnlyDictionary<long, long> PointCutoffs)
{
    /// <summary>The earliest cut-off: nothing older than it is kept for any point.</summary>
    public long EarliestCutoff => PointCutoffs.Count == 0 ? DefaultCutoff : Math.Min(DefaultCutoff, PointCutoffs.Values.Min());

    public long CutoffFor(long pointId) => PointCutoffs.TryGetValue(pointId, out var cutoff) ? cutoff : DefaultCutoff;
}
