namespace HmiApp.Domain.Acquisition;

/// <summary>How a device's values reach acquisition: polled over Modbus TCP, or published by the device to an MQTT broker.</summary>
public enum DeviceProtocol
{
    Modbus,

    Mqtt,
}
