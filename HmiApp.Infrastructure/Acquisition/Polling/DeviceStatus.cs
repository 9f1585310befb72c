using HmiApp.Domain.Acquisition;

namespace HmiApp.Infrastructure.Acquisition.Polling;

/// <summary>Communication status of a device as the Devices page and <c>/api/v1/devices</c> show it.</summary>
public sealed record DeviceStatus(
    string Name,
    string Endpoint,
    byte UnitId,
    bool Enabled,
    bool Connected,
    BreakerState Breaker,
    DateTimeOffset? LastSuccess,
    double? LastLatencyMs,
    long PollsOk,
    long PollsFailed,
    string? LastError)
{
    /// <summary>For an MQTT device: <see cref="Connected"/> is the broker link, polls are messages and failures refused values.</summary>
    public DeviceProtocol Protocol { get; init; } = DeviceProtocol.Modbus;
}
