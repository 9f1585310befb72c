namespace HmiApp.Domain.Modbus;

/// <summary>String points: single-byte (Latin-1) characters, two per register, NUL padded.</summary>
internal static class RegisterText
{
    public static bool TryEncode(PointValue value, PointEncoding encoding, Span<ushort> registers, out string? error)
    {
        if (value.Kind != PointValueKind.Text)
        {
            error = $"A String point takes text, not {WriteRefusal.Describe(value)}.";
            return false;
        }

        var text = value.Text!;
        var capacity = encoding.StringRegisters * 2;
        if (text.Length > capacity)
        {
            error = $"Text of {text.Length} characters is too long for a String point of {encoding.StringRegisters} registers: it holds {capacity} characters.";
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\0' or > '\u00FF')
            {
                error = c == '\0'
                    ? $"Character {i + 1} of the text is NUL, which ends a Modbus string: remove it."
                    : $"Character '{c}' (U+{(int)c:X4}) at position {i + 1} does not fit one byte: a String point holds Latin-1 characters U+0001..U+00FF.";
                return false;
            }
        }

        var swapBytes = encoding.ByteOrder.SwapsBytes();
        for (var r = 0; r < encoding.StringRegisters; r++)
        {
            var first = 2 * r < text.Length ? (byte)text[2 * r] : (byte)0;
            var second = 2 * r + 1 < text.Length ? (byte)text[2 * r + 1] : (byte)0;
            registers[r] = swapBytes ? (ushort)((second << 8) | first) : (ushort)((first << 8) | second);
        }

        error = null;
        return true;
    }

    public static string Decode(ReadOnlySpan<ushort> registers, ByteOrder order)
    {
        Span<char> chars = stackalloc char[registers.Length * 2];
        var swapBytes = order.SwapsBytes();
        var length = 0;
        foreach (var register in registers)
        {
            var first = swapBytes ? (byte)register : (byte)(register >> 8);
            var second = swapBytes ? (byte)(register >> 8) : (byte)register;
            if (first == 0)
            {
                break;
            }

            chars[length++] = (char)first;
            if (second == 0)
            {
                break;
            }

            chars[length++] = (char)second;
        }

        return new string(chars[..length]);
    }
}
