using System.Text.Json;
using System.Threading.Channels;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Scanning;
using HmiApp.Infrastructure.Acquisition.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Cluster;

/// <summary>
/// Makes the live values of every node's devices the live values of every node (PostgreSQL cluster): what this node
/// acquires for the devices it polls goes out on <c>hmi_live</c> as it is stored; what the others send is put in
/// this node's current-value table, so its screens, REST and alarms see the whole plant. A device another node
/// stops sending for turns stale here through the same sweep as a local one, and live again when its new owner's
/// values arrive. Values of devices this node polls itself, and values older than the one held, are not applied.
/// </summary>
public sealed partial class LiveValueRelay : BackgroundService
{
    public const string ChannelName = "hmi_live";

    private readonly CurrentValueTable values;
    private readonly AcquisitionEngine engine;
    private readonly IDeviceOwnership ownership;
    private readonly PostgresNotifications notifications;
    private readonly ILogger<LiveValueRelay> logger;

    // Live values are worth sending only while fresh: when the database cannot take them, the oldest go first.
    private readonly Channel<PointSnapshot> outbox = System.Threading.Channels.Channel.CreateBounded<PointSnapshot>(
        new BoundedChannelOptions(100_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private volatile DeviceIndex index = new(StoredPointMap.Empty, new Dictionary<long, string>());

    public LiveValueRelay(CurrentValueTable values, AcquisitionEngine engine, IDeviceOwnership ownership, PostgresNotifications notifications, ILogger<LiveValueRelay> logger)
    {
        this.values = values;
        this.engine = engine;
        this.ownership = ownership;
        this.notifications = notifications;
        this.logger = logger;
        // Here, not in StartAsync: the host builds every hosted service before it starts the first, so the channel
        // is known before the listening session opens.
        notifications.Subscribe(ChannelName, OnNotification);
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        values.Changed += OnChanged;
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        values.Changed -= OnChanged;
        outbox.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<LiveValueItem>();
        while (await outbox.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < 2_000 && outbox.Reader.TryRead(out var snapshot))
            {
                batch.Add(LiveValueItem.From(snapshot));
            }

            try
            {
                await notifications.PublishAsync(ChannelName, Payloads(batch), stoppingToken);
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                // Not retried: by the time the database answers again the next scans have newer values.
                LogPublishFailed(batch.Count, ex.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(500), stoppingToken);
            }
        }
    }

    private List<string> Payloads(List<LiveValueItem> items)
    {
        var payloads = new List<string>();
        var size = 40;
        for (var start = 0; start < items.Count;)
        {
            var count = Math.Min(size, items.Count - start);
            var payload = JsonSerializer.Serialize(new LiveValueMessage(ownership.Node, items.GetRange(start, count)));
            if (System.Text.Encoding.UTF8.GetByteCount(payload) > PostgresNotifications.MaxPayloadBytes && count > 1)
            {
                size = Math.Max(1, count / 2);
                continue;
            }

            payloads.Add(payload);
            start += count;
        }

        return payloads;
    }

    private void OnChanged(PointSnapshot snapshot)
    {
        if (DeviceOf(snapshot.PointId) is { } device && ownership.Owns(device))
        {
            outbox.Writer.TryWrite(snapshot);
        }
    }

    private void OnNotification(string payload)
    {
        var message = JsonSerializer.Deserialize<LiveValueMessage>(payload) ?? throw new FormatException("an empty live value message");
        if (message.Node == ownership.Node)
        {
            return;
        }

        foreach (var item in message.Values)
        {
            var snapshot = item.ToSnapshot();
            if (DeviceOf(snapshot.PointId) is not { } device || ownership.Owns(device))
            {
                continue;
            }

            if (values.Get(snapshot.PointId) is { } held && held.Timestamp > snapshot.Timestamp)
            {
                continue;
            }

            values.Set(snapshot);
        }
    }

    private string? DeviceOf(long pointId)
    {
        var current = engine.Current;
        var known = index;
        if (!ReferenceEquals(known.Map, current))
        {
            known = new DeviceIndex(current, current.PointIds.ToDictionary(p => p.Value, p => p.Key.Device));
            index = known;
        }

        return known.Devices.GetValueOrDefault(pointId);
    }

    private sealed record DeviceIndex(StoredPointMap Map, Dictionary<long, string> Devices);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster: {Count} live values could not be sent to the other nodes ({Reason})")]
    private partial void LogPublishFailed(int count, string reason);
}
