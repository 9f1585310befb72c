using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Simulation.TestDevice;
using HmiApp.Infrastructure.Simulation.Wells;

namespace HmiApp.Infrastructure.Simulation;

/// <summary>
/// The point map that polls the simulated plant, built from the same register lists the devices serve
/// and from the ports in <see cref="SimulatorOptions"/>: the embedded default polls it with no configuration.
/// Well points carry the tags <c>well</c> and <c>signal</c> so that features can find a well's telemetry.
/// </summary>
public static class SimulatedPlantPointMap
{
    public const string ScanClassName = "1s";

    public static PointMap Build(SimulatorOptions options)
    {
        // The start jitter spreads the wells over the period; it must stay below a short test period.
        var scanClass = new ScanClass(ScanClassName, options.ScanPeriod, TimeSpan.FromMilliseconds(Math.Min(100, options.ScanPeriod.TotalMilliseconds / 2)));
        var devices = new List<Device>();
        var points = new List<Point>();
        foreach (var well in options.Wells)
        {
            devices.Add(new Device(well.Id, well.BindAddress, well.Port, WellRegisterMap.UnitId, DeviceConnection.Default, Enabled: true, ScanClassName));
            points.AddRange(WellRegisterMap.Registers.Select(r => ToPoint(well.Id, r, PointTags.From(
            [
                new("well", well.Id),
                new("signal", r.Name),
                new("area", well.Field),
            ]))));
        }

        if (options.TestDevicePort != 0)
        {
            const string testDevice = "TEST-1";
            devices.Add(new Device(testDevice, options.TestDeviceBindAddress, options.TestDevicePort, TestDeviceRegisterMap.UnitId, DeviceConnection.Default, Enabled: true, ScanClassName));
            points.AddRange(TestDeviceRegisterMap.Entries.Select(e => ToPoint(testDevice, e.Register, PointTags.From([new("kind", "test")]))));
        }

        return new PointMap([scanClass], devices, points);
    }

    private static Point ToPoint(string device, SimulatedRegister register, PointTags tags) => new()
    {
        Device = device,
        Name = register.Name,
        Description = register.Description,
        Table = register.Table,
        Address = register.Address,
        Encoding = register.Encoding,
        Units = register.Units,
        Writable = register.Writable,
        WriteMin = register.Writable && register.Name == "FrequencySetpoint" ? 0 : null,
        WriteMax = register.Writable && register.Name == "FrequencySetpoint" ? SimulatedWell.MaxFrequencyHz : null,
        Tags = tags,
    };
}
