namespace HmiApp.Domain.Acquisition;

/// <summary>The result of reading a whole import: the map when there is no issue, every issue otherwise, and the reference-notation conversions made.</summary>
public sealed record PointMapImport(PointMap? Map, IReadOnlyList<PointMapIssue> Issues, IReadOnlyList<AddressConversion> Conversions)
{
    public bool IsValid => Map is not null;

    public static PointMapImport Failed(params PointMapIssue[] issues) => new(null, issues, []);
}
