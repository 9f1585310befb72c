namespace HmiApp.Domain.Alarms;

/// <summary>Whether a device answered its last poll.</summary>
public readonly record struct DeviceCommunicationInput(string DeviceId, bool Communicating, DateTimeOffset Time);
