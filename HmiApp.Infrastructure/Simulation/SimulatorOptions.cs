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

    /// <summary>Scan period of the point map that polls the plant; a test at a high <see cref="TimeScale"/> shortens it to keep as many readings per simulated minute.</summary>
    public TimeSpan ScanPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Simulated seconds per real second; above 1 lets a test see faults develop without waiting real minutes.</summary>
    public double TimeScale { get; set; } = 1;

    /// <summary>Empty in configuration means <see cref="DefaultWells"/>: configured wells replace them all.</summary>
    public List<SimulatedWellOptions> Wells { get; set; } = [];

    public string TestDeviceBindAddress { get; set; } = "127.0.0.1";

    /// <summary>Port of the device exposing every data type and byte order; 0 leaves it out.</summary>
    public int TestDevicePort { get; set; }

    public DeviceFaultSettings DeviceFaults { get; set; } = new();

    public SimulatedBaseStationOptions BaseStation { get; set; } = new();

    /// <summary>
    /// The plant a newcomer sees: three wells in two fields on ports 15021-15023. Kept in code rather than
    /// in appsettings, because configuration merges lists by index and a test's one well would otherwise
    /// be joined by these.
    /// </summary>
    public static List<SimulatedWellOptions> DefaultWells() =>
    [
        new() { Id = "W-101", Name = "Well 101", Field = "North Field", Port = 15021, Seed = 101, RatedFlowBblPerDay = 2000, InitialFrequencyHz = 55 },
        new() { Id = "W-102", Name = "Well 102", Field = "North Field", Port = 15022, Seed = 102, RatedFlowBblPerDay = 1500, InitialFrequencyHz = 52 },
        new() { Id = "W-201", Name = "Well 201", Field = "South Field", Port = 15023, Seed = 201, RatedFlowBblPerDay = 2500, InitialFrequencyHz = 58 },
    ];
}
