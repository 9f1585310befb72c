namespace HmiApp.Domain.Acquisition;

/// <summary>A point's identity in the map: its device and its name (case-insensitive).</summary>
public readonly record struct PointKey(string Device, string Name)
{
    public static IEqualityComparer<PointKey> Comparer { get; } = new IgnoreCase();

    public override string ToString() => $"{Device}/{Name}";

    private sealed class IgnoreCase : IEqualityComparer<PointKey>
    {
        public bool Equals(PointKey x, PointKey y) =>
            StringComparer.OrdinalIgnoreCase.Equals(x.Device, y.Device) && StringComparer.OrdinalIgnoreCase.Equals(x.Name, y.Name);

        public int GetHashCode(PointKey key) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(key.Device), StringComparer.OrdinalIgnoreCase.GetHashCode(key.Name));
    }
}
