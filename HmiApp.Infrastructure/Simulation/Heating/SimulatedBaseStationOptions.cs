namespace HmiApp.Infrastructure.Simulation.Heating;

/// <summary>
/// <c>Simulator:BaseStation</c>: a Rehau Nea Smart 2.0 base station that polls the HMI's heating
/// gateway as the real one polls its bus: it writes room temperatures and humidity and reads setpoints back.
/// </summary>
public sealed class SimulatedBaseStationOptions
{
    public bool Enabled { get; set; }

    public string GatewayHost { get; set; } = "127.0.0.1";

    public int GatewayPort { get; set; }

    public byte UnitId { get; set; } = 240;

    public int Bases { get; set; } = 1;

    public int ZonesPerBase { get; set; } = 4;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time constant of a room toward its setpoint; short so a change shows within minutes.</summary>
    public TimeSpan RoomTimeConstant { get; set; } = TimeSpan.FromMinutes(2);

    public double OutsideTemperatureC { get; set; } = 4.0;

    public int Seed { get; set; } = 42;
}
