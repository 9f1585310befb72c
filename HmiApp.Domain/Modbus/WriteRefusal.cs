namespace HmiApp.Domain.Modbus;

/// <summary>The wording of refused writes, kept apart so the codec reads as the conversion it is.</summary>
internal static class WriteRefusal
{
    public static string NotWhole(double engineering, double raw, IntegerRange range, PointEncoding encoding)
    {
        // Adding 0.0 turns the -0 that Math.Ceiling(-0.25) returns into 0 for the message.
        var below = Math.Floor(raw) + 0.0;
        var above = Math.Ceiling(raw) + 0.0;
        var options = new List<string>(2);
        foreach (var candidate in new[] { below, above })
        {
            if (range.Contains(candidate))
            {
                options.Add(encoding.IsUnscaled
                    ? MessageNumber.Format(candidate)
                    : $"{MessageNumber.Format(candidate * encoding.Scale + encoding.Offset)} (raw {MessageNumber.Format(candidate)})");
            }
        }

        var reason = encoding.IsUnscaled
            ? $"Value {MessageNumber.Format(engineering)} is not a whole number, which {encoding.DataType} needs"
            : $"Value {MessageNumber.Format(engineering)} is not a whole number of raw units for {encoding.DataType} with scale {MessageNumber.Format(encoding.Scale)} and offset {MessageNumber.Format(encoding.Offset)} (raw {MessageNumber.Format(raw)})";
        return $"{reason}: round it to {string.Join(" or ", options)}.";
    }

    public static string OutOfFloatRange(double engineering, double raw, PointEncoding encoding, string rangeText) =>
        encoding.IsUnscaled
            ? $"Value {MessageNumber.Format(engineering)} is out of range for {encoding.DataType}: it holds {rangeText}."
            : $"Value {MessageNumber.Format(engineering)} is out of range for {encoding.DataType} with scale {MessageNumber.Format(encoding.Scale)} and offset {MessageNumber.Format(encoding.Offset)}: raw {MessageNumber.Format(raw)} is outside {rangeText}.";

    public static string OutOfIntegerRange(double engineering, double raw, IntegerRange range, PointEncoding encoding) =>
        encoding.IsUnscaled
            ? $"Value {MessageNumber.Format(engineering)} is out of range for {encoding.DataType}: it holds {range.Text}."
            : $"Value {MessageNumber.Format(engineering)} is out of range for {encoding.DataType} with scale {MessageNumber.Format(encoding.Scale)} and offset {MessageNumber.Format(encoding.Offset)}: raw {MessageNumber.Format(raw)} is outside {range.Text}; writable values are {WritableRange(range, encoding)}.";

    public static string Describe(PointValue value) => value.Kind switch
    {
        PointValueKind.Number => $"the number {MessageNumber.Format(value.Number)}",
        PointValueKind.Boolean => $"the boolean {value}",
        PointValueKind.Text => $"the text {value}",
        _ => "\"no value\"",
    };

    private static string WritableRange(IntegerRange range, PointEncoding encoding)
    {
        var atMin = range.Min * encoding.Scale + encoding.Offset;
        var atMax = (range.MaxExclusive - 1) * encoding.Scale + encoding.Offset;
        return $"{MessageNumber.Format(Math.Min(atMin, atMax))}..{MessageNumber.Format(Math.Max(atMin, atMax))}";
    }
}
