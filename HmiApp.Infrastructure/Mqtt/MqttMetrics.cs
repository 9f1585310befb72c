using System.Diagnostics.Metrics;

namespace HmiApp.Infrastructure.Mqtt;

/// <summary>The instruments of meter <c>HmiApp.Mqtt</c>: messages taken and refused per device, and links up.</summary>
public sealed class MqttMetrics : IDisposable
{
    public const string MeterName = "HmiApp.Mqtt";

    private readonly Meter _meter;
    private readonly Counter<long> _messages;
    private readonly Counter<long> _invalid;
    private readonly Counter<long> _connects;

    public MqttMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _messages = _meter.CreateCounter<long>("hmi.mqtt.messages", "{message}", "Messages received on the topics of the point map, by device.");
        _invalid = _meter.CreateCounter<long>("hmi.mqtt.payloads.invalid", "{payload}", "Point values refused from a payload (not JSON, path missing, wrong type or range), by device and topic.");
        _connects = _meter.CreateCounter<long>("hmi.mqtt.connects", "{attempt}", "Connection attempts to a device's broker, by device and outcome (ok, failed).");
    }

    public void Message(string device) => _messages.Add(1, new KeyValuePair<string, object?>("device", device));

    public void Invalid(string device, string topic) => _invalid.Add(1, new("device", device), new("topic", topic));

    public void Connect(string device, bool ok) => _connects.Add(1, new("device", device), new("outcome", ok ? "ok" : "failed"));

    public void Dispose() => _meter.Dispose();
}
