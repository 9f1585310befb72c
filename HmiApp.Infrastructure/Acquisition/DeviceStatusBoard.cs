using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Mqtt;

namespace HmiApp.Infrastructure.Acquisition;

/// <summary>The communication status of every device, polled or publishing, as the Devices page and <c>/api/v1/devices</c> show it.</summary>
public sealed class DeviceStatusBoard(AcquisitionEngine engine, MqttAcquisition mqtt)
{
    public IReadOnlyList<DeviceStatus> Statuses() =>
        engine.Statuses().Concat(mqtt.Statuses()).OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ToList();
}
