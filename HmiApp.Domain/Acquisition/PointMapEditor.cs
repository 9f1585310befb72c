namespace HmiApp.Domain.Acquisition;

/// <summary>
/// Edits one entry of an applied map (save a changed or new scan class, device or point, or delete one) by
/// rebuilding the whole map's records with that entry replaced and reading them with <see cref="PointMapReader"/>,
/// so an edit passes exactly the checks an import does. Renaming a scan class or device carries the new name to
/// the entries that refer to it; deleting a device deletes its points.
/// </summary>
public static class PointMapEditor
{
    /// <summary>The line number the edited entry's record carries; the others are numbered from 1. It comes last, so a duplicate name is reported on it.</summary>
    public const int EditedLine = 0;

    /// <param name="original">The entry being changed, or null for a new one.</param>
    /// <param name="fields">Every field of the entry as text (see <see cref="PointMapFields"/>); blank means unset.</param>
    public static PointMapEdit Save(PointMap current, PointMapRecordKind kind, PointMapEntry? original, IReadOnlyDictionary<string, string?> fields)
    {
        if (original is not null && original.Kind != kind)
        {
            throw new ArgumentException($"The original entry is a {original.Kind}, not a {kind}.", nameof(original));
        }

        var edited = new PointMapRecord(kind, EditedLine);
        foreach (var (field, value) in fields)
        {
            edited.Set(field, value, EditedLine);
        }

        var entry = new PointMapEntry(kind, KeyOf(edited));
        var others = Others(current, original);
        if (original is not null && !string.Equals(original.Key, entry.Key, StringComparison.OrdinalIgnoreCase))
        {
            Rename(others, original, entry);
        }

        return Read(current, entry, others.Append((edited, entry)));
    }

    public static PointMapEdit Delete(PointMap current, PointMapEntry entry)
    {
        var others = Others(current, entry);
        if (others.Count == Count(current))
        {
            throw new ArgumentException($"{entry} is not in the map.", nameof(entry));
        }

        if (entry.Kind == PointMapRecordKind.Device)
        {
            others.RemoveAll(o => o.Entry.Kind == PointMapRecordKind.Point && Same(o.Record.Get("device"), entry.Key));
        }

        return Read(current, entry, others);
    }

    private static PointMapEdit Read(PointMap current, PointMapEntry edited, IEnumerable<(PointMapRecord Record, PointMapEntry Entry)> records)
    {
        var list = records.ToList();
        var entries = list.Where(r => r.Record.Line != EditedLine).ToDictionary(r => r.Record.Line, r => r.Entry);
        return new PointMapEdit(current, edited, PointMapReader.Read(list.Select(r => r.Record)), entries);
    }

    private static List<(PointMapRecord Record, PointMapEntry Entry)> Others(PointMap map, PointMapEntry? except)
    {
        var line = EditedLine;
        var records = new List<(PointMapRecord, PointMapEntry)>();
        void Add(PointMapRecordKind kind, PointMapEntry entry, IReadOnlyList<KeyValuePair<string, string>> fields)
        {
            if (except is not null && except.Kind == entry.Kind && Same(except.Key, entry.Key))
            {
                return;
            }

            var record = new PointMapRecord(kind, ++line);
            foreach (var (field, value) in fields)
            {
                record.Set(field, value, line);
            }

            records.Add((record, entry));
        }

        foreach (var s in map.ScanClasses)
        {
            Add(PointMapRecordKind.ScanClass, PointMapEntry.Of(s), PointMapFields.Of(s));
        }

        foreach (var d in map.Devices)
        {
            Add(PointMapRecordKind.Device, PointMapEntry.Of(d), PointMapFields.Of(d));
        }

        foreach (var p in map.Points)
        {
            Add(PointMapRecordKind.Point, PointMapEntry.Of(p), PointMapFields.Of(p));
        }

        return records;
    }

    private static void Rename(List<(PointMapRecord Record, PointMapEntry Entry)> others, PointMapEntry from, PointMapEntry to)
    {
        var field = from.Kind switch
        {
            PointMapRecordKind.ScanClass => "scanClass",
            PointMapRecordKind.Device => "device",
            _ => null,
        };
        if (field is null)
        {
            return;
        }

        for (var i = 0; i < others.Count; i++)
        {
            var (record, entry) = others[i];
            if (!Same(record.Get(field), from.Key))
            {
                continue;
            }

            record.Set(field, to.Key, record.Line);
            if (entry.Kind == PointMapRecordKind.Point)
            {
                others[i] = (record, new PointMapEntry(PointMapRecordKind.Point, KeyOf(record)));
            }
        }
    }

    private static string KeyOf(PointMapRecord record) =>
        record.Kind == PointMapRecordKind.Point ? $"{record.Get("device")}/{record.Get("name")}" : record.Get("name") ?? "";

    private static int Count(PointMap map) => map.ScanClasses.Count + map.Devices.Count + map.Points.Count;

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
