namespace HmiApp.Domain.Acquisition;

public enum PointMapRecordKind
{
    ScanClass,
    Device,
    Point,
}
