using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmiApp.Zones;

/// <summary>
/// Reads a state or mode given either as its name ("Reduced") or as Rehau's number (2), as the docs promise, into
/// the text the domain parses. Anything else (an array, an object, true) is a JSON error, which the API answers with
/// a 400 naming the field.
/// </summary>
public sealed class NameOrNumberJsonConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number when reader.TryGetInt32(out var number) => number.ToString(CultureInfo.InvariantCulture),
        JsonTokenType.Number => throw new JsonException("expected a whole number or a name"),
        _ => throw new JsonException($"expected a name or a whole number, not {reader.TokenType}"),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
