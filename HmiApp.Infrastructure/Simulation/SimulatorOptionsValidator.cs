using System.Net;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Simulation;

public sealed class SimulatorOptionsValidator : IValidateOptions<SimulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, SimulatorOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        const string s = SimulatorOptions.SectionName;
        var failures = new List<string>();
        if (options.StepInterval < TimeSpan.FromMilliseconds(10) || options.StepInterval > TimeSpan.FromSeconds(10))
        {
            failures.Add($"{s}:StepInterval is {options.StepInterval}; set it between 00:00:00.010 and 00:00:10, e.g. 00:00:00.250.");
        }

        if (options.ScanPeriod < HmiApp.Domain.Acquisition.PointMapReader.MinimumPeriod || options.ScanPeriod > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{s}:ScanPeriod is {options.ScanPeriod}; set it between {HmiApp.Domain.Acquisition.PointMapReader.MinimumPeriod} and 00:01:00, e.g. 00:00:01.");
        }

        if (!double.IsFinite(options.TimeScale) || options.TimeScale < 0.1 || options.TimeScale > 1000)
        {
            failures.Add($"{s}:TimeScale is {options.TimeScale}; set simulated seconds per real second between 0.1 and 1000, e.g. 1.");
        }

        var ports = new Dictionary<int, string>();
        void Port(int port, string key)
        {
            if (port is < 1 or > 65535)
            {
                failures.Add($"{key} is {port}; set a TCP port between 1 and 65535 (e.g. 15021), free on this machine.");
            }
            else if (!ports.TryAdd(port, key))
            {
                failures.Add($"{key} is {port}, already used by {ports[port]}; give every simulated device its own port.");
            }
        }

        for (var i = 0; i < options.Wells.Count; i++)
        {
            var well = options.Wells[i];
            var key = $"{s}:Wells:{i}";
            if (string.IsNullOrWhiteSpace(well.Id))
            {
                failures.Add($"{key}:Id is empty; give each simulated well an id such as 'W-101'.");
            }
            else if (options.Wells.Take(i).Any(w => w.Id == well.Id))
            {
                failures.Add($"{key}:Id '{well.Id}' is used twice; well ids must be unique.");
            }

            if (string.IsNullOrWhiteSpace(well.Name))
            {
                failures.Add($"{key}:Name is empty; give the well a name operators know, e.g. 'Well 101'.");
            }

            if (!IPAddress.TryParse(well.BindAddress, out _))
            {
                failures.Add($"{key}:BindAddress '{well.BindAddress}' is not an IP address; use 127.0.0.1.");
            }

            Port(well.Port, $"{key}:Port");
            if (well.RatedFlowBblPerDay <= 0)
            {
                failures.Add($"{key}:RatedFlowBblPerDay is {well.RatedFlowBblPerDay}; it must be positive (bbl/d).");
            }

            if (well.InitialFrequencyHz is < 0 or > 70)
            {
                failures.Add($"{key}:InitialFrequencyHz is {well.InitialFrequencyHz}; set 0..70 Hz.");
            }
        }

        if (options.TestDevicePort != 0)
        {
            Port(options.TestDevicePort, $"{s}:TestDevicePort");
            if (!IPAddress.TryParse(options.TestDeviceBindAddress, out _))
            {
                failures.Add($"{s}:TestDeviceBindAddress '{options.TestDeviceBindAddress}' is not an IP address; use 127.0.0.1.");
            }
        }

        var station = options.BaseStation;
        if (station.Enabled)
        {
            var key = $"{s}:BaseStation";
            if (station.GatewayPort is < 1 or > 65535)
            {
                failures.Add($"{key}:GatewayPort is {station.GatewayPort}; set the port of the HMI's heating gateway (Heating:Gateway:Port).");
            }

            if (station.Bases is < 1 or > 5)
            {
                failures.Add($"{key}:Bases is {station.Bases}; a Nea Smart 2.0 system has 1 to 5 bases.");
            }

            if (station.ZonesPerBase is < 1 or > 12)
            {
                failures.Add($"{key}:ZonesPerBase is {station.ZonesPerBase}; a base has 1 to 12 zones.");
            }

            if (station.PollInterval < TimeSpan.FromMilliseconds(100))
            {
                failures.Add($"{key}:PollInterval is {station.PollInterval}; use 00:00:00.100 or more.");
            }

            if (station.RoomTimeConstant <= TimeSpan.Zero)
            {
                failures.Add($"{key}:RoomTimeConstant is {station.RoomTimeConstant}; it must be positive.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
