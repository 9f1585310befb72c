using HmiApp.Infrastructure.Acquisition.Live;

namespace HmiApp.Live;

/// <summary>
/// One page's (or section's) interest in a set of points: one broadcaster subscription for all of them, so a page
/// of fifty values re-renders once per coalesced batch rather than once per value. While any of its values is not
/// Good it also ticks once a second, so that the age shown beside a stale value keeps counting.
/// </summary>
public sealed class LivePointSet : IDisposable
{
    private static readonly TimeSpan AgeTick = TimeSpan.FromSeconds(1);

    private readonly CurrentValueTable _values;
    private readonly LiveValueSubscription _subscription;
    private readonly Func<IReadOnlyList<PointSnapshot>, Task> _onChanged;
    private readonly CancellationTokenSource _stop = new();
    private readonly ITimer _ageTimer;

    public LivePointSet(
        LiveValueBroadcaster broadcaster,
        CurrentValueTable values,
        TimeProvider time,
        IEnumerable<long> pointIds,
        Func<IReadOnlyList<PointSnapshot>, Task> onChanged)
    {
        _values = values;
        _onChanged = onChanged;
        _subscription = broadcaster.Subscribe(pointIds, onChanged);
        _ageTimer = time.CreateTimer(_ => _ = TickAgesAsync(), null, AgeTick, AgeTick);
    }

    public IReadOnlySet<long> PointIds => _subscription.PointIds;

    public PointSnapshot? Get(long pointId) => _values.Get(pointId);

    private async Task TickAgesAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        var aging = _subscription.PointIds.Any(id => _values.Get(id) is not { Quality.IsGood: true });
        if (aging)
        {
            try
            {
                await _onChanged([]);
            }
            catch (ObjectDisposedException)
            {
                // The circuit went away between the check and the render; disposal follows.
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _ageTimer.Dispose();
        _subscription.Dispose();
        _stop.Dispose();
    }
}
