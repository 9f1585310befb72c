using System.Globalization;
using System.Text;
using System.Text.Json;
using HmiApp.Domain.Acquisition;

namespace HmiApp.Infrastructure.Acquisition.Files;

/// <summary>JSON point maps, read token by token so that every value keeps its line number.</summary>
internal static class JsonPointMapFile
{
    public static List<PointMapRecord> Read(string text, List<PointMapIssue> issues)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                issues.Add(new PointMapIssue(1, "(document)", "The JSON document is empty."));
                return [];
            }

            var root = ReadNode(ref reader, lineStarts);
            return PointMapDocument.ToRecords(root, issues);
        }
        catch (JsonException ex)
        {
            issues.Add(new PointMapIssue((int)(ex.LineNumber ?? 0) + 1, "(syntax)", $"Not valid JSON: {ex.Message}"));
            return [];
        }
    }

    public static string Write(PointMap map) =>
        JsonSerializer.Serialize(PointMapDocument.FromMap(map), new JsonSerializerOptions { WriteIndented = true });

    private static int LineOf(ref Utf8JsonReader reader, List<int> lineStarts)
    {
        var index = lineStarts.BinarySearch((int)reader.TokenStartIndex);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private static DocumentNode ReadNode(ref Utf8JsonReader reader, List<int> lineStarts)
    {
        var line = LineOf(ref reader, lineStarts);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<KeyValuePair<string, DocumentNode>>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var key = reader.GetString()!;
                    reader.Read();
                    entries.Add(new(key, ReadNode(ref reader, lineStarts)));
                }

                return new DocumentMap(line, entries);
            case JsonTokenType.StartArray:
                var items = new List<DocumentNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadNode(ref reader, lineStarts));
                }

                return new DocumentList(line, items);
            case JsonTokenType.String:
                return new DocumentScalar(line, reader.GetString());
            case JsonTokenType.Number:
                return new DocumentScalar(line, reader.GetDouble().ToString("R", CultureInfo.InvariantCulture));
            case JsonTokenType.True:
                return new DocumentScalar(line, "true");
            case JsonTokenType.False:
                return new DocumentScalar(line, "false");
            default:
                return new DocumentScalar(line, null);
        }
    }
}
