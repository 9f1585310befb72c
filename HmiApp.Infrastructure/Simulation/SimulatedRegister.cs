using HmiApp.Domain.Modbus;

namespace HmiApp.Infrastructure.Simulation;

/// <summary>
/// One entry of a simulated device's register map. The same list drives the device, the register-map
/// document and the point map the app polls by default, so the three cannot drift apart.
/// </summary>
public sealed record SimulatedRegister(
    string Name,
    ModbusTable Table,
    ushort Address,
    PointEncoding Encoding,
    string Units,
    string Description,
    bool Writable = false);
