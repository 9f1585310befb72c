using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmiApp.Infrastructure.Diagnostics;

/// <summary>How explanations and actions are stored: camelCase, enums by name, so the JSON reads on its own.</summary>
internal static class DiagnosisJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
