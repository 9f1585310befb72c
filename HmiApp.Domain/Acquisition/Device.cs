namespace HmiApp.Domain.Acquisition;

/// <summary>A Modbus TCP device (or one unit behind a gateway) and the scan class its points default to.</summary>
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
    public string Endpoint => $"{Host}:{Port}";
}
