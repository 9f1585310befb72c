using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmiApp.Diagnostics;

/// <summary>
/// <c>POST /api/v1/diagnostics/analyze</c> is one path in both our contract and the ESP platform's, so one
/// handler reads both bodies: <c>{"wellId", "readings": [camelCase]}</c> or <c>{"well_id", "readings": [snake_case]}</c>,
/// each reading told apart by its own keys. System.Text.Json cannot bind one type to two spellings by itself.
/// </summary>
public sealed class AnalyzeRequestJsonConverter : JsonConverter<AnalyzeRequest>
{
    public override AnalyzeRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var body = document.RootElement;
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("the body must be an object with wellId (or well_id) and optional readings");
        }

        var wellId = Text(body, "wellId") ?? Text(body, "well_id");
        List<TelemetryItem>? readings = null;
        if (Property(body, "readings") is { ValueKind: JsonValueKind.Array } array)
        {
            readings = array.EnumerateArray().Select(r => IsPlatformReading(r)
                ? r.Deserialize<EspTelemetryItem>(options)!.ToTelemetryItem()
                : r.Deserialize<TelemetryItem>(options)!).ToList();
        }

        return new AnalyzeRequest(wellId, readings);
    }

    public override void Write(Utf8JsonWriter writer, AnalyzeRequest value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("wellId", value.WellId);
        writer.WritePropertyName("readings");
        JsonSerializer.Serialize(writer, value.Readings, options);
        writer.WriteEndObject();
    }

    private static bool IsPlatformReading(JsonElement reading) =>
        reading.ValueKind == JsonValueKind.Object && (Property(reading, "flow_rate") is not null || Property(reading, "pip") is not null);

    private static string? Text(JsonElement body, string name) =>
        Property(body, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static JsonElement? Property(JsonElement body, string name) =>
        body.EnumerateObject().Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Select(p => (JsonElement?)p.Value).FirstOrDefault();
}
