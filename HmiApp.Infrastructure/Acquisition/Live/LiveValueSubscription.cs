namespace HmiApp.Infrastructure.Acquisition.Live;

/// <summary>
/// One circuit's interest in some points. Dispose it when the component goes away (explicit disposal: the
/// broadcaster holds it until then, so a component that forgets to dispose leaks, and the tests check the count).
/// </summary>
public sealed class LiveValueSubscription : IDisposable
{
    private readonly LiveValueBroadcaster _owner;
    private readonly HashSet<long> _pending = [];

    internal LiveValueSubscription(LiveValueBroadcaster owner, IReadOnlySet<long> pointIds, Func<IReadOnlyList<PointSnapshot>, Task> onUpdate, DeliveryBudget budget)
    {
        _owner = owner;
        PointIds = pointIds;
        OnUpdate = onUpdate;
        Budget = budget;
    }

    public IReadOnlySet<long> PointIds { get; }

    internal Func<IReadOnlyList<PointSnapshot>, Task> OnUpdate { get; }

    /// <summary>How many batches this subscription may still get now; only the broadcaster's loop touches it.</summary>
    internal DeliveryBudget Budget { get; }

    internal bool Delivering { get; set; }

    internal bool HasPending
    {
        get
        {
            lock (_pending)
            {
                return _pending.Count > 0;
            }
        }
    }

    internal void Mark(long pointId)
    {
        lock (_pending)
        {
            _pending.Add(pointId);
        }
    }

    internal long[] TakePending()
    {
        lock (_pending)
        {
            var ids = _pending.ToArray();
            _pending.Clear();
            return ids;
        }
    }

    public void Dispose() => _owner.Remove(this);
}
