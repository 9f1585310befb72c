namespace HmiApp.Domain.Modbus;

/// <summary>
/// Reads tables, data types and byte orders from import files: names as in the enums, case-insensitive,
/// surrounding blanks ignored. Numbers are refused even though <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/>
/// would accept them, because "3" in a file is a typo far more often than a meant table.
/// </summary>
public static class ModbusText
{
    public static ModbusTable ParseTable(string? text) => Parse<ModbusTable>(text, "Modbus table");

    public static PointDataType ParseDataType(string? text) => Parse<PointDataType>(text, "data type");

    public static ByteOrder ParseByteOrder(string? text) => Parse<ByteOrder>(text, "byte order");

    public static bool TryParseTable(string? text, out ModbusTable table, out string? error) =>
        TryParse(text, "Modbus table", out table, out error);

    public static bool TryParseDataType(string? text, out PointDataType dataType, out string? error) =>
        TryParse(text, "data type", out dataType, out error);

    public static bool TryParseByteOrder(string? text, out ByteOrder byteOrder, out string? error) =>
        TryParse(text, "byte order", out byteOrder, out error);

    private static TEnum Parse<TEnum>(string? text, string what)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(text, what, out var value, out var error) ? value : throw new FormatException(error);

    private static bool TryParse<TEnum>(string? text, string what, out TEnum value, out string? error)
        where TEnum : struct, Enum
    {
        var trimmed = text?.Trim();
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(candidate.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                error = null;
                return true;
            }
        }

        value = default;
        var allowed = string.Join(", ", Enum.GetNames<TEnum>());
        error = string.IsNullOrWhiteSpace(text)
            ? $"The {what} is empty: use one of {allowed}."
            : $"Unknown {what} '{text}': use one of {allowed}.";
        return false;
    }
}
