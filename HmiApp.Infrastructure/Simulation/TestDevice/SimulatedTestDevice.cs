using System.Net;
using HmiApp.Infrastructure.Modbus;
using HmiApp.Infrastructure.Simulation.Devices;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Simulation.TestDevice;

/// <summary>A device holding <see cref="TestDeviceRegisterMap"/>'s known values; writes are kept, nothing moves by itself.</summary>
public sealed class SimulatedTestDevice : SimulatedDevice
{
    private SimulatedTestDevice(string id, IPEndPoint endpoint, IModbusUnit unit, DeviceFaultSettings faults, ILoggerFactory logging, TimeProvider time)
        : base(id, "Test device", endpoint, new Dictionary<byte, IModbusUnit> { [TestDeviceRegisterMap.UnitId] = unit }, faults, logging, time)
    {
        foreach (var (register, value) in TestDeviceRegisterMap.Entries)
        {
            RegisterWriter.Write(unit, register, value);
        }
    }

    public override IReadOnlyList<SimulatedRegister> RegisterMap { get; } = TestDeviceRegisterMap.Entries.Select(e => e.Register).ToList();

    public override byte UnitId => TestDeviceRegisterMap.UnitId;

    public static SimulatedTestDevice Create(string id, IPEndPoint endpoint, DeviceFaultSettings faults, ILoggerFactory logging, TimeProvider time) =>
        new(id, endpoint, ModbusUnit.InMemory(1024), faults, logging, time);

    public override void Advance(TimeSpan elapsed)
    {
    }
}
