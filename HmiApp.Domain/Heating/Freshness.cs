namespace HmiApp.Domain.Heating;

/// <summary>How old a piece of bus data is: the age of the base station's last write, and whether that makes it stale.</summary>
public sealed record Freshness(DateTimeOffset? LastBusWrite, TimeSpan? Age, bool IsStale)
{
    /// <summary>Data the bus never wrote is stale; data written <paramref name="staleAfter"/> ago or longer is too.</summary>
    public static Freshness Of(DateTimeOffset? lastBusWrite, DateTimeOffset now, TimeSpan staleAfter)
    {
        if (lastBusWrite is not { } last)
        {
            return new(null, null, true);
        }

        var age = now - last;
        if (age < TimeSpan.Zero)
        {
            age = TimeSpan.Zero;
        }

        return new(last, age, age >= staleAfter);
    }
}
