using System.Globalization;
using CsvHelper;
using HmiApp.Domain.Acquisition;

namespace HmiApp.Infrastructure.Acquisition.Files;

/// <summary>
/// CSV point maps: one table, one row per scan class, device or point, told apart by the <c>kind</c> column
/// (ScanClass, Device, Point); each kind uses its own columns and leaves the others empty.
/// </summary>
internal static class CsvPointMapFile
{
    public static List<PointMapRecord> Read(string text, List<PointMapIssue> issues)
    {
        var records = new List<PointMapRecord>();
        using var csv = CsvReader.FromText(text, new CsvReaderOptions { TrackLineNumbers = true });
        var header = csv.Headers;
        if (header.Count == 0)
        {
            issues.Add(new PointMapIssue(1, "(header)", "The CSV has no header row: the first row must name the columns, starting with 'kind'."));
            return records;
        }

        var columns = new List<(int Index, string Field)>();
        for (var i = 0; i < header.Count; i++)
        {
            var field = PointMapFields.AllFields.FirstOrDefault(f => string.Equals(f, header[i].Trim(), StringComparison.OrdinalIgnoreCase));
            if (field is null)
            {
                issues.Add(new PointMapIssue(1, header[i], $"Unknown column '{header[i]}': use {string.Join(", ", PointMapFields.AllFields)}."));
            }
            else
            {
                columns.Add((i, field));
            }
        }

        if (!columns.Any(c => c.Field == PointMapFields.Kind))
        {
            issues.Add(new PointMapIssue(1, PointMapFields.Kind, "The 'kind' column is missing: each row must say ScanClass, Device or Point."));
            return records;
        }

        var kindIndex = columns.First(c => c.Field == PointMapFields.Kind).Index;
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var kindText = kindIndex < csv.FieldCount ? csv.GetString(kindIndex).Trim() : "";
            if (!Enum.TryParse<PointMapRecordKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || kindText.Any(char.IsAsciiDigit))
            {
                issues.Add(new PointMapIssue(line, PointMapFields.Kind, $"Unknown kind '{kindText}': use ScanClass, Device or Point."));
                continue;
            }

            var allowed = kind switch
            {
                PointMapRecordKind.ScanClass => PointMapFields.ScanClassFields,
                PointMapRecordKind.Device => PointMapFields.DeviceFields,
                _ => PointMapFields.PointFields,
            };
            var record = new PointMapRecord(kind, line);
            foreach (var (index, field) in columns.Where(c => allowed.Contains(c.Field)))
            {
                record.Set(field, index < csv.FieldCount ? csv.GetString(index) : null, line);
            }

            records.Add(record);
        }

        return records;
    }

    public static string Write(PointMap map)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteHeader(PointMapFields.AllFields.ToArray());
        void Row(PointMapRecordKind kind, IReadOnlyList<KeyValuePair<string, string>> fields)
        {
            var values = fields.ToDictionary(f => f.Key, f => f.Value);
            csv.WriteRecord(PointMapFields.AllFields.Select(f => f == PointMapFields.Kind ? kind.ToString() : values.GetValueOrDefault(f, "")).ToArray());
        }

        foreach (var s in map.ScanClasses)
        {
            Row(PointMapRecordKind.ScanClass, PointMapFields.Of(s));
        }

        foreach (var d in map.Devices)
        {
            Row(PointMapRecordKind.Device, PointMapFields.Of(d));
        }

        foreach (var p in map.Points)
        {
            Row(PointMapRecordKind.Point, PointMapFields.Of(p));
        }

        csv.Flush();
        return writer.ToString();
    }
}
