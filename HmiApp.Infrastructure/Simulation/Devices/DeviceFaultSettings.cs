namespace HmiApp.Infrastructure.Simulation.Devices;

public sealed record DeviceFaultSettings
{
    public TimeSpan SlowAnswerDelay { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan IdleDropAfter { get; init; } = TimeSpan.FromSeconds(2);
}
