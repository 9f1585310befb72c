namespace HmiApp.Infrastructure.Simulation.Wells;

/// <summary>Standard normal samples from a seeded generator (Box-Muller), so a run is repeatable.</summary>
internal sealed class GaussianNoise(int seed)
{
    private readonly Random _random = new(seed);

    public double Next()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
