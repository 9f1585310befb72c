using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Simulation.Devices;
using HmiApp.Infrastructure.Simulation.Wells;

namespace HmiApp.Simulator;

/// <summary>A simulated device as the REST API and the admin page show it.</summary>
public sealed record SimulatedDeviceView(
    string Id,
    string Kind,
    string Endpoint,
    byte UnitId,
    IReadOnlyList<string> DeviceFaults,
    IReadOnlyList<string> WellFaults,
    WellTelemetryReading? LastReading)
{
    public static SimulatedDeviceView From(SimulatedDevice device) => new(
        device.Id,
        device.Kind,
        device.Endpoint.ToString(),
        device.UnitId,
        device.ActiveDeviceFaults.Select(f => f.ToString()).Order().ToList(),
        device is SimulatedWell well ? well.ActiveWellFaults.Select(f => f.ToString()).Order().ToList() : [],
        (device as SimulatedWell)?.LastReading);
}
