using HmiApp.Domain.Acquisition;

namespace HmiApp.Infrastructure.Acquisition.Files;

/// <summary>
/// The nested layout of YAML and JSON point maps: <c>scanClasses</c> and <c>devices</c> at the top, each device
/// with its <c>points</c>. Turned into records (field texts with lines) and back.
/// </summary>
internal static class PointMapDocument
{
    public const string ScanClasses = "scanClasses";
    public const string Devices = "devices";
    public const string Points = "points";

    public static List<PointMapRecord> ToRecords(DocumentNode root, List<PointMapIssue> issues)
    {
        var records = new List<PointMapRecord>();
        if (root is not DocumentMap top)
        {
            issues.Add(new PointMapIssue(root.Line, "(document)", $"The document must be a mapping with '{ScanClasses}' and '{Devices}'."));
            return records;
        }

        foreach (var (key, value) in top.Entries)
        {
            if (key == ScanClasses)
            {
                foreach (var item in Items(value, key, issues))
                {
                    records.Add(Record(PointMapRecordKind.ScanClass, item, PointMapFields.ScanClassFields, issues, null));
                }
            }
            else if (key == Devices)
            {
                foreach (var item in Items(value, key, issues))
                {
                    var device = Record(PointMapRecordKind.Device, item, PointMapFields.DeviceFields, issues, Points);
                    records.Add(device);
                    var points = item.Entries.FirstOrDefault(e => e.Key == Points).Value;
                    if (points is not null)
                    {
                        foreach (var p in Items(points, Points, issues))
                        {
                            var point = Record(PointMapRecordKind.Point, p, PointMapFields.PointFields.Where(f => f != "device").ToList(), issues, null);
                            point.Set("device", device.Get("name"), p.Line);
                            records.Add(point);
                        }
                    }
                }
            }
            else
            {
                issues.Add(new PointMapIssue(value.Line, key, $"Unknown section '{key}': use '{ScanClasses}' and '{Devices}' (points go under their device)."));
            }
        }

        return records;
    }

    public static Dictionary<string, object> FromMap(PointMap map) => new()
    {
        [ScanClasses] = map.ScanClasses.Select(s => Plain(PointMapFields.Of(s))).ToList(),
        [Devices] = map.Devices.Select(d =>
        {
            var device = Plain(PointMapFields.Of(d));
            device[Points] = map.Points
                .Where(p => string.Equals(p.Device, d.Name, StringComparison.OrdinalIgnoreCase))
                .Select(p => Plain(PointMapFields.Of(p).Where(f => f.Key != "device")))
                .ToList();
            return device;
        }).ToList(),
    };

    private static Dictionary<string, object> Plain(IEnumerable<KeyValuePair<string, string>> fields) =>
        fields.Where(f => f.Value.Length > 0).ToDictionary(f => f.Key, f => (object)f.Value);

    private static IEnumerable<DocumentMap> Items(DocumentNode node, string section, List<PointMapIssue> issues)
    {
        if (node is not DocumentList list)
        {
            issues.Add(new PointMapIssue(node.Line, section, $"'{section}' must be a list."));
            yield break;
        }

        foreach (var item in list.Items)
        {
            if (item is DocumentMap map)
            {
                yield return map;
            }
            else
            {
                issues.Add(new PointMapIssue(item.Line, section, $"Each entry of '{section}' must be a mapping of fields."));
            }
        }
    }

    private static PointMapRecord Record(PointMapRecordKind kind, DocumentMap map, IReadOnlyList<string> fields, List<PointMapIssue> issues, string? nested)
    {
        var record = new PointMapRecord(kind, map.Line);
        foreach (var (key, value) in map.Entries)
        {
            if (key == nested)
            {
                continue;
            }

            var field = fields.FirstOrDefault(f => string.Equals(f, key, StringComparison.OrdinalIgnoreCase));
            if (field is null)
            {
                issues.Add(new PointMapIssue(value.Line, key, $"Unknown field '{key}' for a {kind}: use {string.Join(", ", fields)}."));
            }
            else if (value is DocumentScalar scalar)
            {
                record.Set(field, scalar.Value, value.Line);
            }
            else
            {
                issues.Add(new PointMapIssue(value.Line, key, $"Field '{key}' must be a single value."));
            }
        }

        return record;
    }
}
