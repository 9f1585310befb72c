using HmiApp.Domain.Acquisition;

namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// The 1-minute and 1-hour aggregates of the samples one batch actually inserted. Stores merge them
/// into <c>history_rollups</c> in the batch's own transaction, so rollups never lag the raw data.
/// Samples without a value (quality Bad) are not aggregated.
/// </summary>
public sealed class BatchRollups
{
    private readonly Dictionary<RollupKey, RollupAggregate> buckets = new();

    public int Count => buckets.Count;

    public IEnumerable<KeyValuePair<RollupKey, RollupAggregate>> Buckets => buckets;

    public void Add(long pointId, long time, double? value)
    {
        if (value is not { } v)
        {
            return;
        }

        AddTo(new RollupKey(pointId, HistorianSchema.Minute, HistoryTime.BucketStart(time, HistoryTime.MicrosPerMinute)), time, v);
        AddTo(new RollupKey(pointId, HistorianSchema.Hour, HistoryTime.BucketStart(time, HistoryTime.MicrosPerHour)), time, v);
    }

    public void Add(PointSample sample) => Add(sample.PointId, HistoryTime.ToMicros(sample.Timestamp), sample.Value);

    private void AddTo(RollupKey key, long time, double value)
    {
        ref var aggregate = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(buckets, key, out _);
        aggregate.Add(time, value);
    }
}
