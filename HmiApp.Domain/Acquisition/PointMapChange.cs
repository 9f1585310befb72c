namespace HmiApp.Domain.Acquisition;

/// <summary>One line of an import preview: what is added, changed (with each field's old and new text) or removed.</summary>
public sealed record PointMapChange(PointMapChangeKind Change, PointMapRecordKind Kind, string Key, IReadOnlyList<string> Details)
{
    public override string ToString() => Details.Count == 0 ? $"{Change} {Kind} {Key}" : $"{Change} {Kind} {Key}: {string.Join("; ", Details)}";
}
