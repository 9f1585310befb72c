using System.Text.Json;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Polling;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;

namespace HmiApp.Infrastructure.Mqtt;

/// <summary>
/// The subscription of one MQTT device: connects to its broker, subscribes to its points' topics, and records each
/// value read from a payload with the same quality and history rules as a Modbus read. While the broker cannot be
/// reached the values turn stale and the link retries with the acquisition breaker's backoff.
/// The reconnect loop is ours because MQTTnet 5 dropped the ManagedMqttClient of version 4; its own samples
/// reconnect with a loop around <c>ConnectAsync</c>, as this does.
/// </summary>
public sealed partial class MqttDeviceLink : IAsyncDisposable
{
    private static readonly TimeSpan InvalidLogInterval = TimeSpan.FromMinutes(1);

    private readonly IReadOnlyDictionary<string, MqttPoint[]> _byTopic;
    private readonly PointValueRecorder _recorder;
    private readonly AcquisitionOptions _options;
    private readonly MqttMetrics _metrics;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, (DateTimeOffset LoggedAt, int Suppressed)> _invalidLogged = new(StringComparer.Ordinal);
    private Task _run = Task.CompletedTask;
    private volatile bool _connected;
    private long _messages;
    private long _invalid;
    private DateTimeOffset? _lastMessage;
    private volatile string? _linkError;
    private volatile string? _lastInvalid;

    public MqttDeviceLink(Device device, IReadOnlyList<MqttPoint> points, PointValueRecorder recorder, AcquisitionOptions options, MqttMetrics metrics, ILogger logger, TimeProvider time)
    {
        Device = device;
        Points = points;
        _byTopic = points.GroupBy(p => p.Point.Mqtt!.Topic, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _recorder = recorder;
        _options = options;
        _metrics = metrics;
        _logger = logger;
        _time = time;
    }

    public Device Device { get; }

    public IReadOnlyList<MqttPoint> Points { get; }

    public bool Connected => _connected;

    public void Start()
    {
        if (Device.Enabled)
        {
            _run = Task.Run(() => RunAsync(_stop.Token));
        }
    }

    public DeviceStatus Status() => new(
        Device.Name, Device.Endpoint, 0, Device.Enabled, _connected, _connected || !Device.Enabled ? BreakerState.Closed : BreakerState.Open,
        _lastMessage, null, Interlocked.Read(ref _messages), Interlocked.Read(ref _invalid), _linkError ?? _lastInvalid)
    {
        Protocol = DeviceProtocol.Mqtt,
    };

    /// <summary>Good values whose topic has been silent past the stale factor of their period turn Uncertain.</summary>
    public void SweepStale(DateTimeOffset now)
    {
        foreach (var point in Points)
        {
            var limit = point.Period * _options.StaleFactor;
            if (_recorder.Values.Get(point.Id) is { Quality.IsGood: true } snapshot && now - snapshot.Timestamp > limit)
            {
                _recorder.Values.Set(snapshot with { Quality = Quality.Stale($"topic {point.Point.Mqtt!.Topic} silent for {(now - snapshot.Timestamp).TotalSeconds:0.#} s, expected every {point.Period.TotalSeconds:0.###} s") });
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _run;
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var backoff = _options.BreakerBackoff;
        var factory = new MqttClientFactory();
        while (!cancellationToken.IsCancellationRequested)
        {
            using var client = factory.CreateMqttClient();
            var lost = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            client.ApplicationMessageReceivedAsync += e => OnMessageAsync(e.ApplicationMessage, cancellationToken);
            client.DisconnectedAsync += e =>
            {
                lost.TrySetResult(e.Exception?.Message ?? e.ReasonString ?? e.Reason.ToString());
                return Task.CompletedTask;
            };
            try
            {
                await client.ConnectAsync(ClientOptions(), cancellationToken);
                var subscribe = factory.CreateSubscribeOptionsBuilder();
                foreach (var topic in _byTopic.Keys)
                {
                    subscribe.WithTopicFilter(topic, MqttQualityOfServiceLevel.AtLeastOnce);
                }

                await client.SubscribeAsync(subscribe.Build(), cancellationToken);
                _connected = true;
                _linkError = null;
                backoff = _options.BreakerBackoff;
                _metrics.Connect(Device.Name, ok: true);
                LogConnected(Device.Name, Device.Endpoint, _byTopic.Count);

                var reason = await lost.Task.WaitAsync(cancellationToken);
                LinkDown($"link to the broker lost: {reason}");
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), CancellationToken.None);
                }

                break;
            }
            catch (Exception ex) when (ex is MQTTnet.Exceptions.MqttCommunicationException or MQTTnet.Adapter.MqttConnectingFailedException or InvalidOperationException or System.Net.Sockets.SocketException or IOException or TimeoutException or OperationCanceledException)
            {
                _metrics.Connect(Device.Name, ok: false);
                LinkDown($"broker {Device.Endpoint} unreachable: {ex.Message}");
            }

            try
            {
                await Task.Delay(backoff, _time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, _options.BreakerMaxBackoff.Ticks));
        }

        _connected = false;
    }

    private MqttClientOptions ClientOptions()
    {
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(Device.Host, Device.Port)
            .WithClientId($"hmi-{Device.Name}-{Guid.NewGuid().ToString("N")[..8]}")
            .WithCleanSession()
            .WithTimeout(Device.Connection.ConnectTimeout)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(15));
        if (Device.Mqtt.Username.Length > 0)
        {
            var password = Device.Mqtt.PasswordVariable.Length == 0 ? null : Environment.GetEnvironmentVariable(Device.Mqtt.PasswordVariable)
                ?? throw new InvalidOperationException($"environment variable {Device.Mqtt.PasswordVariable} (passwordVariable of device {Device.Name}) is not set");
            builder.WithCredentials(Device.Mqtt.Username, password);
        }

        if (Device.Mqtt.Tls)
        {
            builder.WithTlsOptions(tls => tls.UseTls());
        }

        return builder.Build();
    }

    private void LinkDown(string reason)
    {
        var wasUp = _connected;
        _connected = false;
        _linkError = reason;
        if (wasUp)
        {
            LogLinkLost(Device.Name, reason);
        }
        else
        {
            LogUnreachable(Device.Name, reason);
        }

        var now = _time.GetUtcNow();
        foreach (var point in Points)
        {
            var snapshot = _recorder.Values.Get(point.Id);
            if (snapshot is { Quality.IsGood: true })
            {
                _recorder.Values.Set(snapshot with { Quality = Quality.Stale(reason) });
            }
            else if (snapshot is null)
            {
                _recorder.Store(point.Id, point.Point, PointValue.NoValue, Quality.Bad(reason), now, null);
            }
        }
    }

    private async Task OnMessageAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        if (!_byTopic.TryGetValue(message.Topic, out var points))
        {
            return;
        }

        var received = _time.GetUtcNow();
        Interlocked.Increment(ref _messages);
        _lastMessage = received;
        _metrics.Message(Device.Name);
        if (!MqttPayloadReader.TryParse(message.Payload, out var document, out var parseError))
        {
            Refuse(message.Topic, points.Length, parseError!);
            return;
        }

        var samples = new List<PointSample>();
        using (document)
        {
            foreach (var point in points)
            {
                if (!MqttPayloadReader.TryReadTimestamp(document!.RootElement, point.Point, received, out var stamp, out var error)
                    || !MqttPayloadReader.TryReadValue(document.RootElement, point.Point, out var value, out error))
                {
                    Refuse(message.Topic, 1, $"{point.Point.Name}: {error}");
                    continue;
                }

                _recorder.Store(point.Id, point.Point, value, Quality.Good, stamp, samples);
            }
        }

        await _recorder.PublishAsync(samples, cancellationToken);
    }

    // Counted every time, logged once a minute per topic: a device that publishes garbage every 100 ms must not flood the log.
    private void Refuse(string topic, int values, string reason)
    {
        Interlocked.Add(ref _invalid, values);
        _lastInvalid = $"invalid payload on {topic}: {reason}";
        for (var i = 0; i < values; i++)
        {
            _metrics.Invalid(Device.Name, topic);
        }

        var now = _time.GetUtcNow();
        lock (_invalidLogged)
        {
            if (_invalidLogged.TryGetValue(topic, out var logged) && now - logged.LoggedAt < InvalidLogInterval)
            {
                _invalidLogged[topic] = (logged.LoggedAt, logged.Suppressed + 1);
                return;
            }

            _invalidLogged[topic] = (now, 0);
            LogInvalidPayload(Device.Name, topic, reason, logged.Suppressed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MQTT device {Device} connected to {Broker}, subscribed to {Topics} topics")]
    private partial void LogConnected(string device, string broker, int topics);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MQTT device {Device}: {Reason}; its values are stale until it reconnects")]
    private partial void LogLinkLost(string device, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MQTT device {Device}: {Reason}; retrying with backoff")]
    private partial void LogUnreachable(string device, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MQTT device {Device}: invalid payload on {Topic} not stored: {Reason} ({Suppressed} more refused in the minute before)")]
    private partial void LogInvalidPayload(string device, string topic, string reason, int suppressed);
}
