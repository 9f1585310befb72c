using System.Text.Json;
using System.Text.Json.Serialization;
using HmiApp.Domain.Alarms;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>How a definition is stored in a version row: JSON with point ids and enum names.</summary>
public static class AlarmDefinitionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(AlarmDefinition definition) => JsonSerializer.Serialize(definition, Options);

    public static AlarmDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<AlarmDefinition>(json, Options) ?? throw new JsonException("An alarm definition row holds 'null'.");
}
