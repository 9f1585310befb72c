namespace HmiApp.Domain.Acquisition;

/// <summary>
/// A Modbus TCP device (or one unit behind a gateway), or a device that publishes to an MQTT broker
/// (<see cref="Protocol"/>; then <see cref="Host"/> and <see cref="Port"/> are the broker's), and the scan class its
/// points default to. For an MQTT device the scan class is the period its topics are expected at.
/// </summary>
public sealed record Device(
    string Name,
    string Host,
    int Port,
    byte UnitId,
    DeviceConnection Connection,
    bool Enabled,
    string ScanClass)
{
    /// <summary>Devices on one endpoint share one connection, so single-connection gateways work.</summary>
    public string Endpoint => Protocol == DeviceProtocol.Mqtt ? $"mqtt{(Mqtt.Tls ? "s" : "")}://{Host}:{Port}" : $"{Host}:{Port}";

    public DeviceProtocol Protocol { get; init; } = DeviceProtocol.Modbus;

    /// <summary>Broker settings of an MQTT device; <see cref="MqttLink.None"/> for a Modbus one.</summary>
    public MqttLink Mqtt { get; init; } = MqttLink.None;
}
