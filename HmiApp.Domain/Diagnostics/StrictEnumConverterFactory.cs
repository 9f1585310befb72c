using System.Text.Json;
using System.Text.Json.Serialization;

namespace HmiApp.Domain.Diagnostics;

/// <summary>
/// Enums in tree JSON are names only; an unknown name is reported with the names that would have been
/// accepted, so an engineer editing a tree by hand sees what to write.
/// </summary>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class StrictEnumConverter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (text is not null && Enum.GetNames<T>().Contains(text, StringComparer.Ordinal))
            {
                return Enum.Parse<T>(text);
            }

            var found = text is null ? $"a {reader.TokenType} token" : $"'{text}'";
            throw new JsonException($"{found} is not a {typeof(T).Name}; expected one of: {string.Join(", ", Enum.GetNames<T>())}");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
