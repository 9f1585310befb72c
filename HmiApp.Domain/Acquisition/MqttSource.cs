namespace HmiApp.Domain.Acquisition;

/// <summary>
/// Where an MQTT point's value arrives: the exact topic its device publishes on, where the value sits in the JSON
/// payload, and where the reading's own timestamp sits, if the device sends one.
/// </summary>
public sealed record MqttSource(string Topic, PayloadPath Value, PayloadPath? Timestamp);
