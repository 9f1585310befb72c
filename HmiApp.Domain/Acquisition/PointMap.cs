namespace HmiApp.Domain.Acquisition;

/// <summary>The whole acquisition configuration: scan classes, devices and their points. Valid once built by <see cref="PointMapReader"/>.</summary>
public sealed record PointMap(IReadOnlyList<ScanClass> ScanClasses, IReadOnlyList<Device> Devices, IReadOnlyList<Point> Points)
{
    public static PointMap Empty { get; } = new([], [], []);

    public ScanClass ScanClassOf(Point point)
    {
        var name = point.ScanClass ?? Devices.First(d => Same(d.Name, point.Device)).ScanClass;
        return ScanClasses.First(s => Same(s.Name, name));
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
