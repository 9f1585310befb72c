using System.Globalization;

namespace HmiApp.Domain.Modbus;

/// <summary>
/// How a point's engineering value is stored in Modbus registers or bits: data type, byte order, string length,
/// bit index and the linear scaling <c>engineering = raw * Scale + Offset</c>. Always valid once constructed.
/// </summary>
public sealed record PointEncoding
{
    /// <summary>Longest string point: one full FC3/FC4 read.</summary>
    public const int MaxStringRegisters = ModbusDeviceLimits.SpecMaxReadRegisters;

    /// <summary>Creates an encoding or throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    /// <param name="byteOrder">Null takes the type's default: AB for one-register types, ABCD for longer ones.</param>
    /// <param name="stringRegisters">Length of a <see cref="PointDataType.String"/> point in registers; 0 otherwise.</param>
    /// <param name="bitIndex">Bit 0..15 of a <see cref="PointDataType.Bit"/> point (0 = least significant); 0 otherwise.</param>
    public PointEncoding(
        PointDataType dataType,
        ByteOrder? byteOrder = null,
        int stringRegisters = 0,
        int bitIndex = 0,
        double scale = 1.0,
        double offset = 0.0,
        bool rehauStandbyIsNoValue = false)
    {
        var order = byteOrder ?? DefaultByteOrder(dataType);
        var error = Check(dataType, order, stringRegisters, bitIndex, scale, offset, rehauStandbyIsNoValue);
        if (error is not null)
        {
            throw new ArgumentException(error);
        }

        DataType = dataType;
        ByteOrder = order;
        StringRegisters = stringRegisters;
        BitIndex = bitIndex;
        Scale = scale;
        Offset = offset;
        RehauStandbyIsNoValue = rehauStandbyIsNoValue;
        RegisterCount = RegistersOf(dataType, stringRegisters);
    }

    public PointDataType DataType { get; }

    public ByteOrder ByteOrder { get; }

    /// <summary>Length of a string point in registers (two characters each); 0 for other types.</summary>
    public int StringRegisters { get; }

    /// <summary>Bit 0..15 of the register for <see cref="PointDataType.Bit"/>; 0 for other types.</summary>
    public int BitIndex { get; }

    public double Scale { get; }

    public double Offset { get; }

    /// <summary>
    /// For <see cref="PointDataType.KnxFloat16"/>: also read Rehau's standby pattern 0x8116 (which DPT 9.001 would
    /// read as -17.7) as "no value".
    /// </summary>
    public bool RehauStandbyIsNoValue { get; }

    /// <summary>
    /// Registers the point occupies; for <see cref="PointDataType.Boolean"/> the single coil or discrete input.
    /// </summary>
    public int RegisterCount { get; }

    /// <summary>True when the point shares its register with other data, so a write must keep the other bits.</summary>
    public bool OccupiesPartOfRegister => DataType is PointDataType.Int8L or PointDataType.Int8H
        or PointDataType.UInt8L or PointDataType.UInt8H or PointDataType.Bit;

    /// <summary>True when scale and offset leave the raw value unchanged.</summary>
    public bool IsUnscaled => Scale == 1.0 && Offset == 0.0;

    /// <summary>Like the constructor, but returns the error message instead of throwing.</summary>
    public static bool TryCreate(
        PointDataType dataType,
        ByteOrder? byteOrder,
        int stringRegisters,
        int bitIndex,
        double scale,
        double offset,
        bool rehauStandbyIsNoValue,
        out PointEncoding? encoding,
        out string? error)
    {
        var order = byteOrder ?? DefaultByteOrder(dataType);
        error = Check(dataType, order, stringRegisters, bitIndex, scale, offset, rehauStandbyIsNoValue);
        encoding = error is null
            ? new PointEncoding(dataType, order, stringRegisters, bitIndex, scale, offset, rehauStandbyIsNoValue)
            : null;
        return error is null;
    }

    /// <summary>The byte order assumed when none is given.</summary>
    public static ByteOrder DefaultByteOrder(PointDataType dataType) => dataType switch
    {
        PointDataType.Int32 or PointDataType.UInt32 or PointDataType.Float32
            or PointDataType.Int64 or PointDataType.UInt64 or PointDataType.Float64 => ByteOrder.ABCD,
        _ => ByteOrder.AB,
    };

    /// <summary>The byte orders a data type accepts.</summary>
    public static IReadOnlyList<ByteOrder> AllowedByteOrders(PointDataType dataType) => dataType switch
    {
        PointDataType.Int16 or PointDataType.UInt16 or PointDataType.Float16 or PointDataType.KnxFloat16
            or PointDataType.String => TwoByteOrders,
        PointDataType.Int32 or PointDataType.UInt32 or PointDataType.Float32
            or PointDataType.Int64 or PointDataType.UInt64 or PointDataType.Float64 => FourByteOrders,
        // Single bytes and bits are picked out of the register by position; byte order does not apply.
        _ => OnlyAB,
    };

    /// <summary>
    /// Checks that a point of this encoding may live in <paramref name="table"/>: Boolean only in coils and discrete
    /// inputs, every other type only in register tables. Returns the error message, or null.
    /// </summary>
    public string? CheckTable(ModbusTable table)
    {
        if (DataType == PointDataType.Boolean && !table.IsBitTable())
        {
            return $"Data type Boolean needs a bit table (Coils or DiscreteInputs), not {table}: use Bit with a bit index for a bit of a register.";
        }

        if (DataType != PointDataType.Boolean && table.IsBitTable())
        {
            return $"Data type {DataType} needs a register table (HoldingRegisters or InputRegisters), not {table}: use Boolean for coils and discrete inputs.";
        }

        return null;
    }

    public override string ToString()
    {
        var text = DataType switch
        {
            PointDataType.String => $"String[{StringRegisters}] {ByteOrder}",
            PointDataType.Bit => $"Bit {BitIndex}",
            PointDataType.Boolean => "Boolean",
            _ => $"{DataType} {ByteOrder}",
        };
        if (!IsUnscaled)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" x{Scale:R} {(Offset < 0 ? '-' : '+')}{Math.Abs(Offset):R}");
        }

        return RehauStandbyIsNoValue ? text + " (0x8116 = no value)" : text;
    }

    private static readonly IReadOnlyList<ByteOrder> TwoByteOrders = Array.AsReadOnly([ByteOrder.AB, ByteOrder.BA]);
    private static readonly IReadOnlyList<ByteOrder> FourByteOrders =
        Array.AsReadOnly([ByteOrder.ABCD, ByteOrder.DCBA, ByteOrder.BADC, ByteOrder.CDAB]);
    private static readonly IReadOnlyList<ByteOrder> OnlyAB = Array.AsReadOnly([ByteOrder.AB]);

    private static int RegistersOf(PointDataType dataType, int stringRegisters) => dataType switch
    {
        PointDataType.Int32 or PointDataType.UInt32 or PointDataType.Float32 => 2,
        PointDataType.Int64 or PointDataType.UInt64 or PointDataType.Float64 => 4,
        PointDataType.String => stringRegisters,
        _ => 1,
    };

    private static string? Check(
        PointDataType dataType,
        ByteOrder byteOrder,
        int stringRegisters,
        int bitIndex,
        double scale,
        double offset,
        bool rehauStandbyIsNoValue)
    {
        if (!Enum.IsDefined(dataType))
        {
            return $"Data type {(int)dataType} is not defined: use {string.Join(", ", Enum.GetNames<PointDataType>())}.";
        }

        var allowed = AllowedByteOrders(dataType);
        if (!allowed.Contains(byteOrder))
        {
            var names = string.Join(", ", allowed.Take(allowed.Count - 1));
            var list = allowed.Count == 1 ? allowed[0].ToString() : $"{names} or {allowed[^1]}";
            return Enum.IsDefined(byteOrder)
                ? $"ByteOrder '{byteOrder}' is not valid for {dataType}: use {list}."
                : $"ByteOrder {(int)byteOrder} is not defined: use {list} for {dataType}.";
        }

        if (dataType == PointDataType.String)
        {
            if (stringRegisters is < 1 or > MaxStringRegisters)
            {
                return $"String length {stringRegisters} registers is out of range: a String point needs 1..{MaxStringRegisters} registers (two characters each).";
            }
        }
        else if (stringRegisters != 0)
        {
            return $"String length {stringRegisters} applies only to String points, not {dataType}: leave it 0.";
        }

        if (dataType == PointDataType.Bit)
        {
            if (bitIndex is < 0 or > 15)
            {
                return $"Bit index {bitIndex} is out of range: a register has bits 0..15 (0 = least significant).";
            }
        }
        else if (bitIndex != 0)
        {
            return $"Bit index {bitIndex} applies only to Bit points, not {dataType}: leave it 0.";
        }

        if (!double.IsFinite(scale) || scale == 0.0)
        {
            return $"Scale {scale.ToString(CultureInfo.InvariantCulture)} is not valid: it must be a finite, non-zero number.";
        }

        if (!double.IsFinite(offset))
        {
            return $"Offset {offset.ToString(CultureInfo.InvariantCulture)} is not valid: it must be a finite number.";
        }

        if (dataType is PointDataType.String or PointDataType.Bit or PointDataType.Boolean
            && (scale != 1.0 || offset != 0.0))
        {
            return $"Scale and offset do not apply to {dataType} points: use scale 1 and offset 0.";
        }

        if (rehauStandbyIsNoValue && dataType != PointDataType.KnxFloat16)
        {
            return $"The Rehau standby pattern applies only to KnxFloat16 points, not {dataType}.";
        }

        return null;
    }
}
