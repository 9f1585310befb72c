using System.Buffers;
using System.Globalization;
using System.Text.Json;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;

namespace HmiApp.Infrastructure.Mqtt;

/// <summary>
/// Reads one point's value (and its timestamp, when the point names one) out of a JSON payload, checked against the
/// point's data type and scaled as a register value would be. Anything that is not exactly what the point map says
/// is an error naming what was wrong: an invalid payload is counted and logged, never stored as a value.
/// </summary>
public static class MqttPayloadReader
{
    public static bool TryParse(ReadOnlySequence<byte> payload, out JsonDocument? document, out string? error)
    {
        document = null;
        try
        {
            // Parse, not ParseValue: "21.5 degC" must be refused whole, not read as 21.5.
            document = JsonDocument.Parse(payload);
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            error = $"not JSON: {ex.Message}";
            return false;
        }
    }

    /// <summary>The engineering value at the point's value path, or an error naming the path and what it held.</summary>
    public static bool TryReadValue(JsonElement root, Point point, out PointValue value, out string? error)
    {
        value = PointValue.NoValue;
        var source = point.Mqtt!;
        if (!TryFind(root, source.Value, out var element, out error))
        {
            return false;
        }

        var type = point.Encoding.DataType;
        if (type == PointDataType.Boolean)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.True or JsonValueKind.False:
                    value = PointValue.FromBoolean(element.GetBoolean());
                    return true;
                case JsonValueKind.Number when element.TryGetInt32(out var bit) && bit is 0 or 1:
                    value = PointValue.FromBoolean(bit == 1);
                    return true;
                default:
                    error = $"{source.Value} holds {Describe(element)}, not a boolean (true, false, 0 or 1)";
                    return false;
            }
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var raw) || !double.IsFinite(raw))
        {
            error = $"{source.Value} holds {Describe(element)}, not a number";
            return false;
        }

        if (IntegerRange(type) is { } range)
        {
            if (raw != Math.Floor(raw) || raw < range.Min || raw > range.Max)
            {
                error = $"{source.Value} holds {raw.ToString(CultureInfo.InvariantCulture)}, not a whole number in {type}'s range {range.Min.ToString(CultureInfo.InvariantCulture)}..{range.Max.ToString(CultureInfo.InvariantCulture)}";
                return false;
            }
        }
        else if (type == PointDataType.Float32)
        {
            raw = (float)raw;
        }

        value = PointValue.FromNumber(raw * point.Encoding.Scale + point.Encoding.Offset);
        return true;
    }

    /// <summary>
    /// The reading's own time: an ISO 8601 text with an offset, or Unix time as a number (seconds, or milliseconds
    /// when above 10^11, which as seconds would be past the year 5000). No timestamp path: the time it arrived.
    /// </summary>
    public static bool TryReadTimestamp(JsonElement root, Point point, DateTimeOffset received, out DateTimeOffset stamp, out string? error)
    {
        stamp = received;
        error = null;
        if (point.Mqtt!.Timestamp is not { } path)
        {
            return true;
        }

        if (!TryFind(root, path, out var element, out error))
        {
            return false;
        }

        if (element.ValueKind == JsonValueKind.String
            && DateTimeOffset.TryParse(element.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            stamp = parsed.ToUniversalTime();
            return true;
        }

        if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var unix) && unix > 0)
        {
            var ms = unix > 1e11 ? unix : unix * 1000.0;
            if (ms < DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
            {
                stamp = DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(ms));
                return true;
            }
        }

        error = $"{path} holds {Describe(element)}, not a timestamp (ISO 8601 text or Unix seconds/milliseconds)";
        return false;
    }

    private static bool TryFind(JsonElement root, PayloadPath path, out JsonElement element, out string? error)
    {
        element = root;
        foreach (var step in path.Steps)
        {
            if (step.IsIndex)
            {
                if (element.ValueKind != JsonValueKind.Array || step.Index >= element.GetArrayLength())
                {
                    error = $"{path}: no element [{step.Index}] in {Describe(element)}";
                    return false;
                }

                element = element[step.Index];
            }
            else if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(step.Name!, out element))
            {
                error = $"{path}: no property '{step.Name}'";
                return false;
            }
        }

        if (element.ValueKind == JsonValueKind.Null)
        {
            error = $"{path} is null";
            return false;
        }

        error = null;
        return true;
    }

    private static (double Min, double Max)? IntegerRange(PointDataType type) => type switch
    {
        PointDataType.Int16 => (short.MinValue, short.MaxValue),
        PointDataType.UInt16 => (0, ushort.MaxValue),
        PointDataType.Int32 => (int.MinValue, int.MaxValue),
        PointDataType.UInt32 => (0, uint.MaxValue),
        PointDataType.Int64 => (long.MinValue, long.MaxValue),
        PointDataType.UInt64 => (0, ulong.MaxValue),
        _ => null,
    };

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the text \"{Shorten(element.GetString() ?? "")}\"",
        _ => Shorten(element.GetRawText()),
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
