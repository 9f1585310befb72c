using HmiApp.Domain.Acquisition;

namespace HmiApp.Infrastructure.Acquisition.Files;

/// <summary>Reads and writes whole point maps in CSV, YAML and JSON.</summary>
public static class PointMapFiles
{
    public static PointMapImport Read(PointMapFormat format, string text)
    {
        var issues = new List<PointMapIssue>();
        var records = format switch
        {
            PointMapFormat.Csv => CsvPointMapFile.Read(text, issues),
            PointMapFormat.Yaml => YamlPointMapFile.Read(text, issues),
            PointMapFormat.Json => JsonPointMapFile.Read(text, issues),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown point map format."),
        };
        var result = PointMapReader.Read(records);
        return issues.Count == 0
            ? result
            : new PointMapImport(null, issues.Concat(result.Issues).OrderBy(i => i.Line).ToList(), result.Conversions);
    }

    public static string Write(PointMapFormat format, PointMap map) => format switch
    {
        PointMapFormat.Csv => CsvPointMapFile.Write(map),
        PointMapFormat.Yaml => YamlPointMapFile.Write(map),
        PointMapFormat.Json => JsonPointMapFile.Write(map),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown point map format."),
    };

    /// <summary>The format a file name's extension names (.csv, .yaml/.yml, .json), or null.</summary>
    public static PointMapFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => PointMapFormat.Csv,
        ".yaml" or ".yml" => PointMapFormat.Yaml,
        ".json" => PointMapFormat.Json,
        _ => null,
    };
}
