namespace HmiApp.Infrastructure.Simulation.Wells;

/// <summary>One simulated ESP well (an entry of <c>Simulator:Wells</c>).</summary>
public sealed class SimulatedWellOptions
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Field { get; set; } = "North Field";

    public string BindAddress { get; set; } = "127.0.0.1";

    public int Port { get; set; }

    public int Seed { get; set; } = 1;

    public double RatedFlowBblPerDay { get; set; } = 2000;

    public double InitialFrequencyHz { get; set; } = 55;
}
