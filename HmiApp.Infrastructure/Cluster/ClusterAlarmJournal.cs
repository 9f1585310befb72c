using System.Text.Json;
using System.Threading.Channels;
using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Alarms;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Scanning;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Cluster;

/// <summary>
/// One alarm state and one journal for a PostgreSQL cluster. Every node's engine sees every live value
/// (<see cref="LiveValueRelay"/>), so every node raises and clears the same alarms; this stands between the engine
/// and its journal writer so that a transition is journaled once: by the node that polls the alarm's device
/// (alarms not tied to a device, such as diagnoses, by every node that raised them). An operator's action
/// (acknowledge, shelve, unshelve, out of service, return) is journaled by the node it was done on and sent on
/// <c>hmi_alarm</c>; the other nodes apply it to their engines without journaling it again.
/// </summary>
public sealed partial class ClusterAlarmJournal : BackgroundService, IAlarmJournalSink
{
    public const string ChannelName = "hmi_alarm";
    private const string SystemUser = "system";

    private readonly IAlarmJournalSink writer;
    private readonly Func<AlarmEngine> engine;
    private readonly AcquisitionEngine acquisition;
    private readonly IDeviceOwnership ownership;
    private readonly PostgresNotifications notifications;
    private readonly TimeProvider time;
    private readonly ILogger<ClusterAlarmJournal> logger;
    private readonly AsyncLocal<bool> replaying = new();
    private readonly Channel<AlarmCommandMessage> outbox = System.Threading.Channels.Channel.CreateUnbounded<AlarmCommandMessage>(new UnboundedChannelOptions { SingleReader = true });

    public ClusterAlarmJournal(IAlarmJournalSink writer, Func<AlarmEngine> engine, AcquisitionEngine acquisition, IDeviceOwnership ownership,
        PostgresNotifications notifications, TimeProvider time, ILogger<ClusterAlarmJournal> logger)
    {
        this.writer = writer;
        this.engine = engine;
        this.acquisition = acquisition;
        this.ownership = ownership;
        this.notifications = notifications;
        this.time = time;
        this.logger = logger;
        notifications.Subscribe(ChannelName, OnNotification);
    }

    public void Append(IReadOnlyList<AlarmJournalEntry> entries)
    {
        var kept = new List<AlarmJournalEntry>(entries.Count);
        foreach (var entry in entries)
        {
            if (IsOperatorAction(entry))
            {
                if (replaying.Value)
                {
                    continue;
                }

                outbox.Writer.TryWrite(new AlarmCommandMessage(ownership.Node, entry.AlarmKey, entry.Event, entry.User!, entry.Comment, entry.ShelvedUntil));
                kept.Add(entry);
            }
            else if (JournaledHere(entry.AlarmKey))
            {
                kept.Add(entry);
            }
        }

        if (kept.Count > 0)
        {
            writer.Append(kept);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in outbox.Reader.ReadAllAsync(stoppingToken))
        {
            // An action must reach the others: retried until the database takes it (the journal has it meanwhile).
            for (var delay = TimeSpan.FromMilliseconds(250); ; delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 5_000)))
            {
                try
                {
                    await notifications.PublishAsync(ChannelName, [JsonSerializer.Serialize(message)], stoppingToken);
                    break;
                }
                catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException && !stoppingToken.IsCancellationRequested)
                {
                    LogPublishFailed(message.Event, message.AlarmKey, ex.Message);
                    await Task.Delay(delay, stoppingToken);
                }
            }
        }
    }

    private static bool IsOperatorAction(AlarmJournalEntry entry) =>
        entry.User is { } user && user != SystemUser
        && entry.Event is AlarmEvent.Acknowledge or AlarmEvent.Shelve or AlarmEvent.Unshelve or AlarmEvent.RemoveFromService or AlarmEvent.ReturnToService;

    private bool JournaledHere(string alarmKey)
    {
        var definition = engine().DefinitionOf(alarmKey);
        var device = definition?.DeviceId ?? (definition is { PointId: > 0 } d ? DeviceOfPoint(d.PointId) : null);
        return device is null || ownership.Owns(device);
    }

    private string? DeviceOfPoint(long pointId)
    {
        foreach (var (key, id) in acquisition.Current.PointIds)
        {
            if (id == pointId)
            {
                return key.Device;
            }
        }

        return null;
    }

    private void OnNotification(string payload)
    {
        var message = JsonSerializer.Deserialize<AlarmCommandMessage>(payload) ?? throw new FormatException("an empty alarm command");
        if (message.Node == ownership.Node)
        {
            return;
        }

        replaying.Value = true;
        try
        {
            var alarms = engine();
            var result = message.Event switch
            {
                AlarmEvent.Acknowledge => alarms.Acknowledge(message.AlarmKey, message.User, message.Comment),
                AlarmEvent.Shelve => alarms.Shelve(message.AlarmKey, message.User, message.Comment ?? "shelved on another node",
                    (message.ShelvedUntil ?? time.GetUtcNow()) - time.GetUtcNow()),
                AlarmEvent.Unshelve => alarms.Unshelve(message.AlarmKey, message.User),
                AlarmEvent.RemoveFromService => alarms.RemoveFromService(message.AlarmKey, message.User, message.Comment ?? "taken out of service on another node"),
                AlarmEvent.ReturnToService => alarms.ReturnToService(message.AlarmKey, message.User),
                _ => null,
            };
            LogApplied(message.Event, message.AlarmKey, message.User, message.Node, result?.Succeeded ?? false);
        }
        finally
        {
            replaying.Value = false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cluster: {Event} of alarm {Alarm} by {User} on node {Node} applied here (changed: {Changed})")]
    private partial void LogApplied(AlarmEvent @event, string alarm, string user, string node, bool changed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster: {Event} of alarm {Alarm} could not be sent to the other nodes yet ({Reason}); retrying")]
    private partial void LogPublishFailed(AlarmEvent @event, string alarm, string reason);
}
