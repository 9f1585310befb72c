namespace HmiApp.Domain.Acquisition;

public enum PointMapChangeKind
{
    Added,
    Changed,
    Removed,
}
