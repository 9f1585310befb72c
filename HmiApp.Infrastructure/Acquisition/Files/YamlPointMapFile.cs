using HmiApp.Domain.Acquisition;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace HmiApp.Infrastructure.Acquisition.Files;

/// <summary>YAML point maps, read through YamlDotNet's node model, which keeps each node's line.</summary>
internal static class YamlPointMapFile
{
    public static List<PointMapRecord> Read(string text, List<PointMapIssue> issues)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            issues.Add(new PointMapIssue((int)ex.Start.Line, "(syntax)", $"Not valid YAML: {ex.Message}"));
            return [];
        }

        if (stream.Documents.Count == 0)
        {
            issues.Add(new PointMapIssue(1, "(document)", "The YAML document is empty."));
            return [];
        }

        return PointMapDocument.ToRecords(Convert(stream.Documents[0].RootNode), issues);
    }

    public static string Write(PointMap map) => new SerializerBuilder().Build().Serialize(PointMapDocument.FromMap(map));

    private static DocumentNode Convert(YamlNode node)
    {
        var line = (int)node.Start.Line;
        return node switch
        {
            YamlMappingNode map => new DocumentMap(line, map.Children.Select(c => new KeyValuePair<string, DocumentNode>(((YamlScalarNode)c.Key).Value ?? "", Convert(c.Value))).ToList()),
            YamlSequenceNode list => new DocumentList(line, list.Children.Select(Convert).ToList()),
            YamlScalarNode scalar => new DocumentScalar(line, scalar.Value),
            _ => new DocumentScalar(line, null),
        };
    }
}
