using HmiApp.Infrastructure.Simulation.Devices;
using HmiApp.Infrastructure.Simulation.Heating;
using HmiApp.Infrastructure.Simulation.Wells;

namespace HmiApp.Infrastructure.Simulation;

/// <summary>The <c>Simulator</c> section: the built-in plant of the embedded default.</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulator";

    /// <summary>On in Development (appsettings.Development.json), off in Production.</summary>
    public bool Enabled { get; set; }

    /// <summary>How often the plant's physics are stepped and published to the registers.</summary>
    public TimeSpan StepInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Simulated seconds per real second; above 1 lets a test see faults develop without waiting real minutes.</summary>
    public double TimeScale { get; set; } = 1;

    public List<SimulatedWellOptions> Wells { get; set; } = [];

    public string TestDeviceBindAddress { get; set; } = "127.0.0.1";

    /// <summary>Port of the device exposing every data type and byte order; 0 leaves it out.</summary>
    public int TestDevicePort { get; set; }

    public DeviceFaultSettings DeviceFaults { get; set; } = new();

    public SimulatedBaseStationOptions BaseStation { get; set; } = new();
}
