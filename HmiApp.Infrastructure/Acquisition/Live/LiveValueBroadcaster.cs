using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Acquisition.Live;

/// <summary>
/// Pushes changed values to subscribed circuits, coalesced: each subscription gets at most one batch per tick
/// (<see cref="AcquisitionOptions.BroadcastRateHz"/>) with the latest snapshot of each of its points that
/// changed, however often they changed. A subscriber still busy with its last batch is skipped for a tick, so a
/// slow circuit never queues work.
/// </summary>
public sealed partial class LiveValueBroadcaster(IOptions<AcquisitionOptions> options, TimeProvider time, ILogger<LiveValueBroadcaster> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<LiveValueSubscription, byte> _subscriptions = new();
    private readonly ConcurrentDictionary<long, List<LiveValueSubscription>> _byPoint = new();
    private readonly Lock _indexLock = new();
    private Func<long, PointSnapshot?> _lookup = _ => null;

    public int SubscriptionCount => _subscriptions.Count;

    internal void Attach(CurrentValueTable table) => _lookup = table.Get;

    public LiveValueSubscription Subscribe(IEnumerable<long> pointIds, Func<IReadOnlyList<PointSnapshot>, Task> onUpdate)
    {
        var subscription = new LiveValueSubscription(this, pointIds.ToHashSet(), onUpdate);
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
        }
    }

    /// <summary>Delivers one round of pending batches; the background loop calls it at the broadcast rate.</summary>
    public Task FlushAsync()
    {
        var deliveries = new List<Task>();
        foreach (var subscription in _subscriptions.Keys)
        {
            if (subscription.Delivering)
            {
                continue;
            }

            var ids = subscription.TakePending();
            if (ids.Length == 0)
            {
                continue;
            }

            var batch = ids.Select(_lookup).OfType<PointSnapshot>().ToList();
            subscription.Delivering = true;
            deliveries.Add(DeliverAsync(subscription, batch));
        }

        return Task.WhenAll(deliveries);
    }

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
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / options.Value.BroadcastRateHz), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await FlushAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A live value subscriber failed to take its update: {Reason}")]
    private partial void LogDeliveryFailed(string reason);
}
