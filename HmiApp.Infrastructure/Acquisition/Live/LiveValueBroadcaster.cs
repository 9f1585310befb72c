using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Acquisition.Live;

/// <summary>
/// Pushes changed values to subscribed circuits, coalesced and rate-limited per subscription: a change is sent at
/// once when the subscription has budget left (<see cref="DeliveryBudget"/>: <see cref="AcquisitionOptions.BroadcastRateHz"/>
/// batches a second on average), otherwise it waits, merged with every later change, for the next token. A batch
/// holds the latest snapshot of each of its points that changed, however often they changed. A subscriber still busy
/// with its last batch is skipped until it is done, so a slow circuit never queues work.
/// </summary>
public sealed partial class LiveValueBroadcaster(IOptions<AcquisitionOptions> options, TimeProvider time, ILogger<LiveValueBroadcaster> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<LiveValueSubscription, byte> _subscriptions = new();
    private readonly ConcurrentDictionary<long, List<LiveValueSubscription>> _byPoint = new();
    private readonly Lock _indexLock = new();
    private readonly SemaphoreSlim _changed = new(0, 1);
    private Func<long, PointSnapshot?> _lookup = _ => null;
    private int _signalled;

    /// <summary>
    /// How long the loop waits after the first change before it sends: a device's poll stores its points one after
    /// another within microseconds, and this lets the whole poll go out as one batch rather than its first value
    /// alone and the rest a token later.
    /// </summary>
    public static readonly TimeSpan GatherWindow = TimeSpan.FromMilliseconds(5);

    public int SubscriptionCount => _subscriptions.Count;

    internal void Attach(CurrentValueTable table) => _lookup = table.Get;

    public LiveValueSubscription Subscribe(IEnumerable<long> pointIds, Func<IReadOnlyList<PointSnapshot>, Task> onUpdate)
    {
        var subscription = new LiveValueSubscription(this, pointIds.ToHashSet(), onUpdate, new DeliveryBudget(options.Value.BroadcastRateHz, time.GetUtcNow()));
        lock (_indexLock)
        {
            _subscriptions[subscription] = 0;
            foreach (var id in subscription.PointIds)
            {
                var list = _byPoint.GetOrAdd(id, _ => []);
                _byPoint[id] = [.. list, subscription];
            }
        }

        return subscription;
    }

    internal void Remove(LiveValueSubscription subscription)
    {
        lock (_indexLock)
        {
            if (!_subscriptions.TryRemove(subscription, out _))
            {
                return;
            }

            foreach (var id in subscription.PointIds)
            {
                if (_byPoint.TryGetValue(id, out var list))
                {
                    var rest = list.Where(s => s != subscription).ToList();
                    if (rest.Count == 0)
                    {
                        _byPoint.TryRemove(id, out _);
                    }
                    else
                    {
                        _byPoint[id] = rest;
                    }
                }
            }
        }
    }

    internal void MarkChanged(long pointId)
    {
        if (_byPoint.TryGetValue(pointId, out var list))
        {
            foreach (var subscription in list)
            {
                subscription.Mark(pointId);
            }

            if (Interlocked.Exchange(ref _signalled, 1) == 0)
            {
                _changed.Release();
            }
        }
    }

    /// <summary>Delivers every pending batch now, budget or not (subscribers still busy are skipped).</summary>
    public Task FlushAsync() => Flush(respectBudget: false, out _);

    /// <summary>
    /// Starts one round of deliveries and returns them; <paramref name="nextDue"/> is how long until a subscription
    /// left waiting (no budget, or still busy) should be looked at again, null if none is waiting.
    /// </summary>
    private Task Flush(bool respectBudget, out TimeSpan? nextDue)
    {
        nextDue = null;
        var retry = TimeSpan.FromSeconds(1.0 / options.Value.BroadcastRateHz);
        var now = time.GetUtcNow();
        var deliveries = new List<Task>();
        foreach (var subscription in _subscriptions.Keys)
        {
            if (!subscription.HasPending)
            {
                continue;
            }

            if (subscription.Delivering)
            {
                nextDue = Earlier(nextDue, retry);
                continue;
            }

            if (respectBudget && !subscription.Budget.TryTake(now, out var wait))
            {
                nextDue = Earlier(nextDue, wait);
                continue;
            }

            var batch = subscription.TakePending().Select(_lookup).OfType<PointSnapshot>().ToList();
            if (batch.Count == 0)
            {
                continue;
            }

            subscription.Delivering = true;
            deliveries.Add(DeliverAsync(subscription, batch));
        }

        return Task.WhenAll(deliveries);
    }

    private static TimeSpan Earlier(TimeSpan? a, TimeSpan b) => a is { } x && x < b ? x : b;

    private async Task DeliverAsync(LiveValueSubscription subscription, IReadOnlyList<PointSnapshot> batch)
    {
        try
        {
            await subscription.OnUpdate(batch);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogDeliveryFailed(ex.Message);
        }
        finally
        {
            subscription.Delivering = false;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Task? changed = null;
        TimeSpan? nextDue = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            changed ??= _changed.WaitAsync(stoppingToken);
            if (nextDue is { } due)
            {
                await Task.WhenAny(changed, Task.Delay(due, time, stoppingToken));
            }
            else
            {
                await changed;
            }

            if (changed.IsCompleted)
            {
                await changed;
                changed = null;
                Volatile.Write(ref _signalled, 0);
                await Task.Delay(GatherWindow, time, stoppingToken);
            }

            // Not awaited: one slow circuit must not hold up the others (it is skipped while busy).
            _ = Flush(respectBudget: true, out nextDue);
        }
    }

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A live value subscriber failed to take its update: {Reason}")]
    private partial void LogDeliveryFailed(string reason);
}
