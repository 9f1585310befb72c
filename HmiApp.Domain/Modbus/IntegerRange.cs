namespace HmiApp.Domain.Modbus;

/// <summary>
/// Raw range of an integer data type. The upper bound is kept exclusive (max + 1) because 2^63 and 2^64 are exact
/// doubles while Int64.MaxValue and UInt64.MaxValue are not.
/// </summary>
internal readonly record struct IntegerRange(double Min, double MaxExclusive, string Text)
{
    public bool Contains(double raw) => raw >= Min && raw < MaxExclusive;

    public static IntegerRange? Of(PointDataType dataType) => dataType switch
    {
        PointDataType.Int8L or PointDataType.Int8H => new(sbyte.MinValue, sbyte.MaxValue + 1.0, "-128..127"),
        PointDataType.UInt8L or PointDataType.UInt8H => new(0, byte.MaxValue + 1.0, "0..255"),
        PointDataType.Int16 => new(short.MinValue, short.MaxValue + 1.0, "-32768..32767"),
        PointDataType.UInt16 => new(0, ushort.MaxValue + 1.0, "0..65535"),
        PointDataType.Int32 => new(int.MinValue, int.MaxValue + 1.0, "-2147483648..2147483647"),
        PointDataType.UInt32 => new(0, uint.MaxValue + 1.0, "0..4294967295"),
        PointDataType.Int64 => new(-9223372036854775808.0, 9223372036854775808.0, "-9223372036854775808..9223372036854775807"),
        PointDataType.UInt64 => new(0, 18446744073709551616.0, "0..18446744073709551615"),
        _ => null,
    };
}
