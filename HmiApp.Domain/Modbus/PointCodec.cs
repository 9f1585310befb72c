namespace HmiApp.Domain.Modbus;

/// <summary>
/// Converts between register words and engineering values (<c>engineering = raw * Scale + Offset</c>).
/// Decoding numbers does not allocate; encoding is the exact inverse of decoding and refuses values it cannot
/// store, with a message that says why.
/// </summary>
public static class PointCodec
{
    /// <summary>
    /// Decodes the first <see cref="PointEncoding.RegisterCount"/> registers of <paramref name="registers"/>.
    /// Numbers come back as <see cref="PointValueKind.Number"/>, String as text (up to the first NUL), Bit as a
    /// boolean, and the KNX "no value" patterns as <see cref="PointValue.NoValue"/>.
    /// </summary>
    public static PointValue Decode(ReadOnlySpan<ushort> registers, PointEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        if (registers.Length < encoding.RegisterCount)
        {
            throw new ArgumentException(
                $"A {encoding} point needs {encoding.RegisterCount} registers, got {registers.Length}.",
                nameof(registers));
        }

        double raw;
        switch (encoding.DataType)
        {
            case PointDataType.Int8L:
                raw = (sbyte)(byte)registers[0];
                break;
            case PointDataType.Int8H:
                raw = (sbyte)(byte)(registers[0] >> 8);
                break;
            case PointDataType.UInt8L:
                raw = (byte)registers[0];
                break;
            case PointDataType.UInt8H:
                raw = (byte)(registers[0] >> 8);
                break;
            case PointDataType.Int16:
                raw = (short)RegisterWords.Read(registers, 1, encoding.ByteOrder);
                break;
            case PointDataType.UInt16:
                raw = (ushort)RegisterWords.Read(registers, 1, encoding.ByteOrder);
                break;
            case PointDataType.Int32:
                raw = (int)(uint)RegisterWords.Read(registers, 2, encoding.ByteOrder);
                break;
            case PointDataType.UInt32:
                raw = (uint)RegisterWords.Read(registers, 2, encoding.ByteOrder);
                break;
            case PointDataType.Int64:
                raw = (long)RegisterWords.Read(registers, 4, encoding.ByteOrder);
                break;
            case PointDataType.UInt64:
                raw = RegisterWords.Read(registers, 4, encoding.ByteOrder);
                break;
            case PointDataType.Float16:
                raw = (double)BitConverter.UInt16BitsToHalf((ushort)RegisterWords.Read(registers, 1, encoding.ByteOrder));
                break;
            case PointDataType.Float32:
                raw = BitConverter.UInt32BitsToSingle((uint)RegisterWords.Read(registers, 2, encoding.ByteOrder));
                break;
            case PointDataType.Float64:
                raw = BitConverter.UInt64BitsToDouble(RegisterWords.Read(registers, 4, encoding.ByteOrder));
                break;
            case PointDataType.KnxFloat16:
                var pattern = (ushort)RegisterWords.Read(registers, 1, encoding.ByteOrder);
                if (encoding.RehauStandbyIsNoValue && KnxFloat16.IsRehauStandby(pattern))
                {
                    return PointValue.NoValue;
                }

                var knx = KnxFloat16.Decode(pattern);
                if (knx is null)
                {
                    return PointValue.NoValue;
                }

                raw = knx.Value;
                break;
            case PointDataType.Bit:
                return PointValue.FromBoolean(((registers[0] >> encoding.BitIndex) & 1) != 0);
            case PointDataType.String:
                return PointValue.FromText(RegisterText.Decode(registers[..encoding.RegisterCount], encoding.ByteOrder));
            case PointDataType.Boolean:
                throw new ArgumentException(
                    "Boolean points live in a bit table (coils, discrete inputs): decode them with DecodeBoolean.",
                    nameof(encoding));
            default:
                throw new ArgumentOutOfRangeException(nameof(encoding), encoding.DataType, "Unknown data type.");
        }

        return PointValue.FromNumber(encoding.IsUnscaled ? raw : raw * encoding.Scale + encoding.Offset);
    }

    /// <summary>Decodes one coil or discrete input of a <see cref="PointDataType.Boolean"/> point.</summary>
    public static PointValue DecodeBoolean(bool state, PointEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        return encoding.DataType == PointDataType.Boolean
            ? PointValue.FromBoolean(state)
            : throw new ArgumentException(
                $"DecodeBoolean is for Boolean points; a {encoding.DataType} point lives in registers: use Decode.",
                nameof(encoding));
    }

    /// <summary>
    /// Encodes <paramref name="value"/> into the first <see cref="PointEncoding.RegisterCount"/> registers.
    /// For types that share their register (<see cref="PointEncoding.OccupiesPartOfRegister"/>: Int8/UInt8 halves
    /// and Bit), <c>registers[0]</c> must hold the register's current value on entry; the bits the point does not
    /// own are kept. Integer types refuse values that are not a whole raw number after scale and offset (the
    /// message names the nearest writable values); float types and KNX DPT 9 store the nearest value they can.
    /// A span shorter than the point throws: that is a caller's bug, not bad input.
    /// </summary>
    public static bool TryEncode(PointValue value, PointEncoding encoding, Span<ushort> registers, out string? error)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        if (registers.Length < encoding.RegisterCount)
        {
            throw new ArgumentException(
                $"A {encoding} point needs {encoding.RegisterCount} registers, got {registers.Length}.",
                nameof(registers));
        }

        switch (encoding.DataType)
        {
            case PointDataType.Boolean:
                error = "Boolean points live in a bit table (coils): encode them with TryEncodeBoolean.";
                return false;
            case PointDataType.Bit:
                if (!TryGetState(value, encoding, out var state, out error))
                {
                    return false;
                }

                var mask = (ushort)(1 << encoding.BitIndex);
                registers[0] = state ? (ushort)(registers[0] | mask) : (ushort)(registers[0] & ~mask);
                return true;
            case PointDataType.String:
                return RegisterText.TryEncode(value, encoding, registers, out error);
            case PointDataType.KnxFloat16 when value.Kind == PointValueKind.NoValue:
                RegisterWords.Write(KnxFloat16.NoValuePattern, registers, 1, encoding.ByteOrder);
                error = null;
                return true;
        }

        if (value.Kind != PointValueKind.Number)
        {
            error = $"A {encoding.DataType} point takes a number, not {WriteRefusal.Describe(value)}.";
            return false;
        }

        var engineering = value.Number;
        if (!double.IsFinite(engineering))
        {
            error = $"Value {MessageNumber.Format(engineering)} is not a finite number; a {encoding.DataType} point needs one.";
            return false;
        }

        var raw = encoding.IsUnscaled ? engineering : (engineering - encoding.Offset) / encoding.Scale;
        var range = IntegerRange.Of(encoding.DataType);
        return range is { } integerRange
            ? TryEncodeInteger(engineering, raw, integerRange, encoding, registers, out error)
            : TryEncodeFloat(engineering, raw, encoding, registers, out error);
    }

    /// <summary><see cref="TryEncode"/> that throws <see cref="ArgumentException"/> with the reason.</summary>
    public static void Encode(PointValue value, PointEncoding encoding, Span<ushort> registers)
    {
        if (!TryEncode(value, encoding, registers, out var error))
        {
            throw new ArgumentException(error, nameof(value));
        }
    }

    /// <summary>
    /// Encodes a coil write of a <see cref="PointDataType.Boolean"/> point. Accepts a boolean, or the numbers 0
    /// and 1.
    /// </summary>
    public static bool TryEncodeBoolean(PointValue value, PointEncoding encoding, out bool state, out string? error)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        if (encoding.DataType != PointDataType.Boolean)
        {
            state = false;
            error = $"TryEncodeBoolean is for Boolean points; a {encoding.DataType} point lives in registers: use TryEncode.";
            return false;
        }

        return TryGetState(value, encoding, out state, out error);
    }

    private static bool TryGetState(PointValue value, PointEncoding encoding, out bool state, out string? error)
    {
        state = false;
        error = null;
        switch (value.Kind)
        {
            case PointValueKind.Boolean:
                state = value.Boolean;
                return true;
            case PointValueKind.Number when value.Number is 0.0 or 1.0:
                state = value.Number == 1.0;
                return true;
            default:
                error = $"A {encoding.DataType} point takes true/false (or 0/1), not {WriteRefusal.Describe(value)}.";
                return false;
        }
    }

    private static bool TryEncodeInteger(
        double engineering,
        double raw,
        IntegerRange range,
        PointEncoding encoding,
        Span<ushort> registers,
        out string? error)
    {
        var whole = Math.Round(raw, MidpointRounding.ToEven);
        if (!range.Contains(whole))
        {
            error = WriteRefusal.OutOfIntegerRange(engineering, raw, range, encoding);
            return false;
        }

        // (engineering - offset) / scale carries floating-point noise (21.5 / 0.1 = 214.99999999999997); accept
        // a raw value within 1e-12 relative of a whole number as that number, and only an exact one when unscaled.
        var tolerance = encoding.IsUnscaled
            ? 0.0
            : Math.Max(1e-9, 1e-12 * (Math.Abs(raw) + Math.Abs(encoding.Offset / encoding.Scale)));
        if (Math.Abs(raw - whole) > tolerance)
        {
            error = WriteRefusal.NotWhole(engineering, raw, range, encoding);
            return false;
        }

        var registerBits = encoding.DataType == PointDataType.UInt64
            ? (ulong)whole
            : unchecked((ulong)(long)whole);
        switch (encoding.DataType)
        {
            case PointDataType.Int8L or PointDataType.UInt8L:
                registers[0] = (ushort)((registers[0] & 0xFF00) | (byte)registerBits);
                break;
            case PointDataType.Int8H or PointDataType.UInt8H:
                registers[0] = (ushort)((registers[0] & 0x00FF) | ((byte)registerBits << 8));
                break;
            default:
                RegisterWords.Write(registerBits, registers, encoding.RegisterCount, encoding.ByteOrder);
                break;
        }

        error = null;
        return true;
    }

    private static bool TryEncodeFloat(
        double engineering,
        double raw,
        PointEncoding encoding,
        Span<ushort> registers,
        out string? error)
    {
        error = null;
        switch (encoding.DataType)
        {
            case PointDataType.Float16:
                var half = (Half)raw;
                if (!Half.IsFinite(half))
                {
                    error = WriteRefusal.OutOfFloatRange(engineering, raw, encoding, "-65504..65504");
                    return false;
                }

                RegisterWords.Write(BitConverter.HalfToUInt16Bits(half), registers, 1, encoding.ByteOrder);
                return true;
            case PointDataType.Float32:
                var single = (float)raw;
                if (!float.IsFinite(single))
                {
                    error = WriteRefusal.OutOfFloatRange(engineering, raw, encoding, "-3.40282347E+38..3.40282347E+38");
                    return false;
                }

                RegisterWords.Write(BitConverter.SingleToUInt32Bits(single), registers, 2, encoding.ByteOrder);
                return true;
            case PointDataType.Float64:
                if (!double.IsFinite(raw))
                {
                    error = WriteRefusal.OutOfFloatRange(engineering, raw, encoding, "-1.79769313486232E+308..1.79769313486232E+308");
                    return false;
                }

                RegisterWords.Write(BitConverter.DoubleToUInt64Bits(raw), registers, 4, encoding.ByteOrder);
                return true;
            case PointDataType.KnxFloat16:
                if (!KnxFloat16.TryEncode(raw, out var pattern, out var knxError))
                {
                    error = encoding.IsUnscaled
                        ? knxError
                        : $"Value {MessageNumber.Format(engineering)} with scale {MessageNumber.Format(encoding.Scale)} and offset {MessageNumber.Format(encoding.Offset)} gives raw {MessageNumber.Format(raw)}: {knxError}";
                    return false;
                }

                RegisterWords.Write(pattern, registers, 1, encoding.ByteOrder);
                return true;
            default:
                throw new ArgumentOutOfRangeException(nameof(encoding), encoding.DataType, "Not a float data type.");
        }
    }
}
