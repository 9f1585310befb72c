namespace HmiApp.Domain.Acquisition;

/// <summary>
/// One scan class, device or point of a map, named the way the diff and the stored rows name it: the name for
/// scan classes and devices, <c>device/name</c> for points.
/// </summary>
public sealed record PointMapEntry(PointMapRecordKind Kind, string Key)
{
    public static PointMapEntry Of(ScanClass scanClass) => new(PointMapRecordKind.ScanClass, scanClass.Name);

    public static PointMapEntry Of(Device device) => new(PointMapRecordKind.Device, device.Name);

    public static PointMapEntry Of(Point point) => new(PointMapRecordKind.Point, point.Key.ToString());

    public override string ToString() => $"{Kind} {Key}";
}
