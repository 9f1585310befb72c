using HmiApp.Domain.Acquisition;

namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// Batches waiting for the database, oldest first: in memory up to a bound, then in the spill file. A
/// batch goes to memory only while the spill is empty, so memory always holds the oldest batches and
/// draining memory before the spill keeps time order. Used by the writer's single loop only; the
/// depths are read by metrics and readiness from other threads, hence the volatile counters.
/// </summary>
public sealed class SampleBacklog(SpillFile spill, int memoryLimit) : IDisposable
{
    private readonly Queue<IReadOnlyList<PointSample>> memory = new();
    private long memorySamples;
    private long spillSamples = spill.PendingSamples;

    public long MemorySamples => Volatile.Read(ref memorySamples);

    public long SpillSamples => Volatile.Read(ref spillSamples);

    public bool IsEmpty => memory.Count == 0 && spill.PendingBatches == 0;

    public void Append(IReadOnlyList<PointSample> batch)
    {
        if (spill.PendingBatches == 0 && memorySamples + batch.Count <= memoryLimit)
        {
            memory.Enqueue(batch);
            Volatile.Write(ref memorySamples, memorySamples + batch.Count);
        }
        else
        {
            spill.Append(batch);
            Volatile.Write(ref spillSamples, spill.PendingSamples);
        }
    }

    public IReadOnlyList<PointSample>? Oldest() => memory.TryPeek(out var batch) ? batch : spill.Peek();

    public void RemoveOldest()
    {
        if (memory.TryDequeue(out var batch))
        {
            Volatile.Write(ref memorySamples, memorySamples - batch.Count);
        }
        else
        {
            spill.Advance();
            Volatile.Write(ref spillSamples, spill.PendingSamples);
        }
    }

    /// <summary>Moves what memory holds to the front of the spill file, so that nothing is lost when the process stops.</summary>
    public void SaveToDisk()
    {
        spill.Prepend(memory.ToList());
        memory.Clear();
        Volatile.Write(ref memorySamples, 0);
        Volatile.Write(ref spillSamples, spill.PendingSamples);
    }

    public void Dispose() => spill.Dispose();
}
