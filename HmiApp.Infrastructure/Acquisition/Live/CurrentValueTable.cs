using System.Collections.Concurrent;

namespace HmiApp.Infrastructure.Acquisition.Live;

/// <summary>The latest snapshot of every point, by point id. Writers tell the broadcaster which points changed.</summary>
public sealed class CurrentValueTable
{
    private readonly ConcurrentDictionary<long, PointSnapshot> _values = new();
    private readonly LiveValueBroadcaster _broadcaster;

    public CurrentValueTable(LiveValueBroadcaster broadcaster)
    {
        _broadcaster = broadcaster;
        broadcaster.Attach(this);
    }

    /// <summary>Raised for every stored snapshot, on the polling thread: handlers must be quick (alarms evaluate here).</summary>
    public event Action<PointSnapshot>? Changed;

    public int Count => _values.Count;

    public PointSnapshot? Get(long pointId) => _values.TryGetValue(pointId, out var s) ? s : null;

    public IReadOnlyCollection<PointSnapshot> All => (IReadOnlyCollection<PointSnapshot>)_values.Values;

    public void Set(PointSnapshot snapshot)
    {
        _values[snapshot.PointId] = snapshot;
        _broadcaster.MarkChanged(snapshot.PointId);
        Changed?.Invoke(snapshot);
    }

    /// <summary>Forgets points that are no longer in the map.</summary>
    public void Retain(IReadOnlySet<long> pointIds)
    {
        foreach (var id in _values.Keys.Where(id => !pointIds.Contains(id)))
        {
            _values.TryRemove(id, out _);
        }
    }
}
