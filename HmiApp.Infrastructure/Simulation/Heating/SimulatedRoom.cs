namespace HmiApp.Infrastructure.Simulation.Heating;

/// <summary>
/// One heated room: first-order toward its setpoint while heating is on, toward the outside temperature
/// in standby, with a little sensor noise. States follow Nea Smart: 1 Normal, 2 Reduced (setpoint - 2 K),
/// 3 Standby (no heating), 4-6 treated as Normal.
/// </summary>
public sealed class SimulatedRoom(double temperatureC, double setpointC, double humidityPercent)
{
    public const int StandbyState = 3;
    public const int ReducedState = 2;

    public double TemperatureC { get; private set; } = temperatureC;

    public double SetpointC { get; set; } = setpointC;

    public int State { get; set; } = 1;

    public double HumidityPercent { get; private set; } = humidityPercent;

    public void Advance(TimeSpan elapsed, TimeSpan timeConstant, double outsideC, Random noise)
    {
        var target = State switch
        {
            StandbyState => outsideC,
            ReducedState => SetpointC - 2.0,
            _ => SetpointC,
        };

        // Exact discretisation of dT/dt = (target - T) / tau: stable for any step length.
        var alpha = 1 - Math.Exp(-elapsed.TotalSeconds / timeConstant.TotalSeconds);
        TemperatureC += (target - TemperatureC) * alpha + ((noise.NextDouble() - 0.5) * 0.02);
        HumidityPercent = Math.Clamp(HumidityPercent + ((noise.NextDouble() - 0.5) * 0.2), 30, 70);
    }
}
