using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Polling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Cluster;

/// <summary>
/// A point map applied or a scan paused on one node is polled so on every node: the change is announced on
/// <c>hmi_acquisition</c> and the others load it from the shared database. Without it a node would go on polling the
/// map it started with until it restarts.
/// </summary>
public sealed partial class AcquisitionChangeRelay : BackgroundService
{
    public const string ChannelName = "hmi_acquisition";

    private readonly AcquisitionChanges changes;
    private readonly PointMapService maps;
    private readonly PollScheduler scheduler;
    private readonly Acquisition.Scanning.IDeviceOwnership ownership;
    private readonly PostgresNotifications notifications;
    private readonly ILogger<AcquisitionChangeRelay> logger;
    private readonly System.Threading.Channels.Channel<string> outbox = System.Threading.Channels.Channel.CreateUnbounded<string>();
    private readonly System.Threading.Channels.Channel<string> inbox = System.Threading.Channels.Channel.CreateUnbounded<string>();

    public AcquisitionChangeRelay(AcquisitionChanges changes, PointMapService maps, PollScheduler scheduler, Acquisition.Scanning.IDeviceOwnership ownership,
        PostgresNotifications notifications, ILogger<AcquisitionChangeRelay> logger)
    {
        this.changes = changes;
        this.maps = maps;
        this.scheduler = scheduler;
        this.ownership = ownership;
        this.notifications = notifications;
        this.logger = logger;
        notifications.Subscribe(ChannelName, payload =>
        {
            var (node, what) = Split(payload);
            if (node != ownership.Node)
            {
                inbox.Writer.TryWrite(what);
            }
        });
        changes.Changed += what => outbox.Writer.TryWrite(what);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(SendAsync(stoppingToken), ApplyAsync(stoppingToken));

    private async Task SendAsync(CancellationToken stoppingToken)
    {
        await foreach (var what in outbox.Reader.ReadAllAsync(stoppingToken))
        {
            for (var delay = TimeSpan.FromMilliseconds(250); ; delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5_000)))
            {
                try
                {
                    await notifications.PublishAsync(ChannelName, [$"{ownership.Node}|{what}"], stoppingToken);
                    break;
                }
                catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException && !stoppingToken.IsCancellationRequested)
                {
                    LogSendFailed(what, ex.Message);
                    await Task.Delay(delay, stoppingToken);
                }
            }
        }
    }

    // One at a time, off the listening thread: a reload reads the database and restarts scans.
    private async Task ApplyAsync(CancellationToken stoppingToken)
    {
        await foreach (var what in inbox.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                if (what == AcquisitionChanges.PointMap)
                {
                    await maps.ReloadAsync(stoppingToken);
                }
                else
                {
                    await scheduler.SyncAsync(stoppingToken);
                }

                LogApplied(what);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested && ex is not OperationCanceledException)
            {
                LogApplyFailed(what, ex.Message);
            }
        }
    }

    private static (string Node, string What) Split(string payload)
    {
        var bar = payload.LastIndexOf('|');
        return bar < 0 ? ("", payload) : (payload[..bar], payload[(bar + 1)..]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cluster: {What} changed on another node; loaded here")]
    private partial void LogApplied(string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster: {What} changed on another node but could not be loaded here ({Reason}); it is loaded at the next change or restart")]
    private partial void LogApplyFailed(string what, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster: the change of {What} could not be announced yet ({Reason}); retrying")]
    private partial void LogSendFailed(string what, string reason);
}
