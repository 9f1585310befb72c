using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmiApp.Domain.Diagnostics;

/// <summary>Reads and writes trees as JSON (camelCase, enums by name, TimeSpan as "d.hh:mm:ss").</summary>
public static class DiagnosticTreeJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Serialize(DiagnosticTree tree) => JsonSerializer.Serialize(tree, Options);

    /// <summary>Parses a tree; on malformed JSON, a missing required property or an unknown name, says where.</summary>
    public static bool TryParse(string json, [NotNullWhen(true)] out DiagnosticTree? tree, [NotNullWhen(false)] out string? error)
    {
        try
        {
            tree = JsonSerializer.Deserialize<DiagnosticTree>(json, Options);
            if (tree is null)
            {
                error = "tree JSON is null";
                return false;
            }

            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            tree = null;
            error = $"invalid tree JSON at {ex.Path ?? "$"}: {ex.Message}";
            return false;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };
        options.Converters.Add(new StrictEnumConverterFactory());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
