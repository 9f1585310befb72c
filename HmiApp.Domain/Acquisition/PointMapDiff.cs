namespace HmiApp.Domain.Acquisition;

/// <summary>What applying <c>next</c> over <c>current</c> adds, changes and removes, by name, field by field.</summary>
public static class PointMapDiff
{
    public static IReadOnlyList<PointMapChange> Compare(PointMap current, PointMap next)
    {
        var changes = new List<PointMapChange>();
        Compare(changes, PointMapRecordKind.ScanClass, current.ScanClasses, next.ScanClasses, s => s.Name, PointMapFields.Of);
        Compare(changes, PointMapRecordKind.Device, current.Devices, next.Devices, d => d.Name, PointMapFields.Of);
        Compare(changes, PointMapRecordKind.Point, current.Points, next.Points, p => p.Key.ToString(), PointMapFields.Of);
        return changes;
    }

    private static void Compare<T>(
        List<PointMapChange> changes,
        PointMapRecordKind kind,
        IReadOnlyList<T> current,
        IReadOnlyList<T> next,
        Func<T, string> key,
        Func<T, IReadOnlyList<KeyValuePair<string, string>>> fields)
    {
        var before = current.ToDictionary(key, StringComparer.OrdinalIgnoreCase);
        var after = next.ToDictionary(key, StringComparer.OrdinalIgnoreCase);
        foreach (var item in next)
        {
            var k = key(item);
            if (!before.TryGetValue(k, out var old))
            {
                changes.Add(new PointMapChange(PointMapChangeKind.Added, kind, k, []));
                continue;
            }

            var oldFields = fields(old).ToDictionary(f => f.Key, f => f.Value);
            var details = fields(item)
                .Where(f => !string.Equals(oldFields[f.Key], f.Value, StringComparison.Ordinal))
                .Select(f => $"{f.Key}: '{oldFields[f.Key]}' -> '{f.Value}'")
                .ToList();
            if (details.Count > 0)
            {
                changes.Add(new PointMapChange(PointMapChangeKind.Changed, kind, k, details));
            }
        }

        foreach (var item in current.Where(c => !after.ContainsKey(key(c))))
        {
            changes.Add(new PointMapChange(PointMapChangeKind.Removed, kind, key(item), []));
        }
    }
}
