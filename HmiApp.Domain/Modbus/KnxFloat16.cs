namespace HmiApp.Domain.Modbus;

/// <summary>
/// KNX DPT 9.001 two-byte float, as the Rehau Nea Smart 2.0 gateway sends temperatures.
/// Bits: <c>MEEEEMMM MMMMMMMM</c>; value = 0.01 · M · 2^E, where M is the 12-bit two's complement number formed
/// by the sign bit 15 and the 11 bits 10..0, and E (bits 14..11) is 0..15.
/// </summary>
public static class KnxFloat16
{
    /// <summary>DPT 9 "invalid data" pattern.</summary>
    public const ushort NoValuePattern = 0x7FFF;

    /// <summary>Rehau's "standby setpoint / no value" pattern; plain DPT 9.001 reads it as -17.7.</summary>
    public const ushort RehauStandbyPattern = 0x8116;

    /// <summary>-2048 · 2^15 / 100.</summary>
    public const double MinValue = -671088.64;

    /// <summary>2047 · 2^15 / 100, the value of 0x7FFF; that pattern means "no value", so it is not writable.</summary>
    public const double MaxValue = 670760.96;

    /// <summary>Largest writable value: 0x7FFE = 2046 · 2^15 / 100.</summary>
    public const double MaxWritableValue = 670433.28;

    private const int MantissaMin = -2048;
    private const int MantissaMax = 2047;

    public static bool IsNoValue(ushort raw) => raw == NoValuePattern;

    public static bool IsRehauStandby(ushort raw) => raw == RehauStandbyPattern;

    /// <summary>The value of <paramref name="raw"/>, or null for the 0x7FFF "no value" pattern.</summary>
    public static double? Decode(ushort raw)
    {
        if (raw == NoValuePattern)
        {
            return null;
        }

        var mantissa = raw & 0x07FF;
        if ((raw & 0x8000) != 0)
        {
            mantissa -= 2048;
        }

        var exponent = (raw >> 11) & 0x0F;
        // M · 2^E is an exact integer below 2^27; one division by 100 then gives the correctly rounded double
        // (21.5, not the 21.500000000000004 that 0.01 · 2150 would give).
        return (mantissa << exponent) / 100.0;
    }

    /// <summary>
    /// Encodes with the smallest exponent whose rounded mantissa fits 12 bits, so precision is the best DPT 9
    /// offers for that magnitude (0.01 below 20.48, 0.02 below 40.96, ...). Rejects NaN, infinities, values
    /// outside <see cref="MinValue"/>..<see cref="MaxValue"/> and values that would encode as 0x7FFF (the ones
    /// that round to <see cref="MaxValue"/>).
    /// </summary>
    public static bool TryEncode(double value, out ushort raw, out string? error)
    {
        raw = 0;
        if (!double.IsFinite(value))
        {
            error = $"Value {MessageNumber.Format(value)} is not a finite number; KNX DPT 9.001 holds {MessageNumber.Format(MinValue)}..{MessageNumber.Format(MaxWritableValue)}.";
            return false;
        }

        if (value is < MinValue or > MaxValue)
        {
            error = $"Value {MessageNumber.Format(value)} is out of range for KNX DPT 9.001: it holds {MessageNumber.Format(MinValue)}..{MessageNumber.Format(MaxWritableValue)}.";
            return false;
        }

        // Within MinValue..MaxValue the mantissa fits 12 bits by E = 15 at the latest, so the loop ends.
        var hundredths = value * 100.0;
        var exponent = 0;
        var mantissa = Math.Round(hundredths, MidpointRounding.ToEven);
        while (mantissa is < MantissaMin or > MantissaMax)
        {
            exponent++;
            mantissa = Math.Round(hundredths / (1 << exponent), MidpointRounding.ToEven);
        }

        var m = (int)mantissa;
        var pattern = (ushort)((m < 0 ? 0x8000 : 0) | (exponent << 11) | (m & 0x07FF));
        if (pattern == NoValuePattern)
        {
            error = $"Value {MessageNumber.Format(value)} would encode as 0x7FFF, the KNX DPT 9 \"no value\" pattern; the largest writable value is {MessageNumber.Format(MaxWritableValue)}.";
            return false;
        }

        raw = pattern;
        error = null;
        return true;
    }
}
