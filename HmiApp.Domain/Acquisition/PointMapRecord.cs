namespace HmiApp.Domain.Acquisition;

/// <summary>
/// One scan class, device or point as read from an import file, before any checking: field values as text,
/// with the line each came from so that errors can name it. Field names are those of <see cref="PointMapFields"/>.
/// </summary>
public sealed class PointMapRecord(PointMapRecordKind kind, int line)
{
    private readonly Dictionary<string, (string? Value, int Line)> _fields = new(StringComparer.OrdinalIgnoreCase);

    public PointMapRecordKind Kind { get; } = kind;

    public int Line { get; } = line;

    public IEnumerable<string> FieldNames => _fields.Keys;

    public void Set(string field, string? value, int line) => _fields[field] = (value, line);

    /// <summary>The trimmed value, or null when the field is absent or blank.</summary>
    public string? Get(string field) =>
        _fields.TryGetValue(field, out var f) && !string.IsNullOrWhiteSpace(f.Value) ? f.Value.Trim() : null;

    public int LineOf(string field) => _fields.TryGetValue(field, out var f) ? f.Line : Line;
}
