using HmiApp.Domain.Modbus;

namespace HmiApp.Tests.Modbus;

/// <summary>
/// Register words written by hand from the type definitions (IEEE 754 layouts, two's complement) and the byte
/// order names; each vector is checked both ways, decode and encode.
/// </summary>
public class CodecVectorTests
{
    [Theory]
    // 123.456f = 0x42F6E979
    [InlineData(PointDataType.Float32, ByteOrder.ABCD, new ushort[] { 0x42F6, 0xE979 })]
    [InlineData(PointDataType.Float32, ByteOrder.CDAB, new ushort[] { 0xE979, 0x42F6 })]
    [InlineData(PointDataType.Float32, ByteOrder.BADC, new ushort[] { 0xF642, 0x79E9 })]
    [InlineData(PointDataType.Float32, ByteOrder.DCBA, new ushort[] { 0x79E9, 0xF642 })]
    public void Float32_123_456_in_every_byte_order(PointDataType type, ByteOrder order, ushort[] registers)
    {
        AssertBothWays(new PointEncoding(type, order), (double)123.456f, registers, written: 123.456);
    }

    [Theory]
    // 123.456 (double) = 0x405EDD2F1A9FBE77
    [InlineData(ByteOrder.ABCD, new ushort[] { 0x405E, 0xDD2F, 0x1A9F, 0xBE77 })]
    [InlineData(ByteOrder.CDAB, new ushort[] { 0xBE77, 0x1A9F, 0xDD2F, 0x405E })]
    [InlineData(ByteOrder.BADC, new ushort[] { 0x5E40, 0x2FDD, 0x9F1A, 0x77BE })]
    [InlineData(ByteOrder.DCBA, new ushort[] { 0x77BE, 0x9F1A, 0x2FDD, 0x5E40 })]
    public void Float64_123_456_in_every_byte_order(ByteOrder order, ushort[] registers)
    {
        AssertBothWays(new PointEncoding(PointDataType.Float64, order), 123.456, registers);
    }

    [Theory]
    // -123456789 = 0xF8A432EB
    [InlineData(PointDataType.Int32, ByteOrder.ABCD, -123456789.0, new ushort[] { 0xF8A4, 0x32EB })]
    [InlineData(PointDataType.Int32, ByteOrder.CDAB, -123456789.0, new ushort[] { 0x32EB, 0xF8A4 })]
    [InlineData(PointDataType.Int32, ByteOrder.BADC, -123456789.0, new ushort[] { 0xA4F8, 0xEB32 })]
    [InlineData(PointDataType.Int32, ByteOrder.DCBA, -123456789.0, new ushort[] { 0xEB32, 0xA4F8 })]
    [InlineData(PointDataType.Int32, ByteOrder.ABCD, 2147483647.0, new ushort[] { 0x7FFF, 0xFFFF })]
    [InlineData(PointDataType.Int32, ByteOrder.ABCD, -2147483648.0, new ushort[] { 0x8000, 0x0000 })]
    // 4000000000 = 0xEE6B2800
    [InlineData(PointDataType.UInt32, ByteOrder.ABCD, 4000000000.0, new ushort[] { 0xEE6B, 0x2800 })]
    [InlineData(PointDataType.UInt32, ByteOrder.CDAB, 4000000000.0, new ushort[] { 0x2800, 0xEE6B })]
    [InlineData(PointDataType.UInt32, ByteOrder.BADC, 4000000000.0, new ushort[] { 0x6BEE, 0x0028 })]
    [InlineData(PointDataType.UInt32, ByteOrder.DCBA, 4000000000.0, new ushort[] { 0x0028, 0x6BEE })]
    [InlineData(PointDataType.UInt32, ByteOrder.ABCD, 4294967295.0, new ushort[] { 0xFFFF, 0xFFFF })]
    // 0x0102030405060700 = 72623859790382848 (exact as a double)
    [InlineData(PointDataType.Int64, ByteOrder.ABCD, 72623859790382848.0, new ushort[] { 0x0102, 0x0304, 0x0506, 0x0700 })]
    [InlineData(PointDataType.Int64, ByteOrder.CDAB, 72623859790382848.0, new ushort[] { 0x0700, 0x0506, 0x0304, 0x0102 })]
    [InlineData(PointDataType.Int64, ByteOrder.BADC, 72623859790382848.0, new ushort[] { 0x0201, 0x0403, 0x0605, 0x0007 })]
    [InlineData(PointDataType.Int64, ByteOrder.DCBA, 72623859790382848.0, new ushort[] { 0x0007, 0x0605, 0x0403, 0x0201 })]
    [InlineData(PointDataType.Int64, ByteOrder.ABCD, -1.0, new ushort[] { 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF })]
    [InlineData(PointDataType.Int64, ByteOrder.ABCD, -9223372036854775808.0, new ushort[] { 0x8000, 0x0000, 0x0000, 0x0000 })]
    [InlineData(PointDataType.Int64, ByteOrder.DCBA, -9223372036854775808.0, new ushort[] { 0x0000, 0x0000, 0x0000, 0x0080 })]
    // 0xFFFFFFFFFFFFF800 = 18446744073709549568, the largest double below 2^64
    [InlineData(PointDataType.UInt64, ByteOrder.ABCD, 18446744073709549568.0, new ushort[] { 0xFFFF, 0xFFFF, 0xFFFF, 0xF800 })]
    [InlineData(PointDataType.UInt64, ByteOrder.CDAB, 18446744073709549568.0, new ushort[] { 0xF800, 0xFFFF, 0xFFFF, 0xFFFF })]
    [InlineData(PointDataType.UInt64, ByteOrder.BADC, 18446744073709549568.0, new ushort[] { 0xFFFF, 0xFFFF, 0xFFFF, 0x00F8 })]
    [InlineData(PointDataType.UInt64, ByteOrder.DCBA, 18446744073709549568.0, new ushort[] { 0x00F8, 0xFFFF, 0xFFFF, 0xFFFF })]
    [InlineData(PointDataType.UInt64, ByteOrder.ABCD, 1.0, new ushort[] { 0x0000, 0x0000, 0x0000, 0x0001 })]
    public void Multi_register_integers(PointDataType type, ByteOrder order, double value, ushort[] registers)
    {
        AssertBothWays(new PointEncoding(type, order), value, registers);
    }

    [Theory]
    [InlineData(PointDataType.Int16, ByteOrder.AB, -2.0, 0xFFFE)]
    [InlineData(PointDataType.Int16, ByteOrder.BA, -2.0, 0xFEFF)]
    [InlineData(PointDataType.Int16, ByteOrder.AB, 4660.0, 0x1234)]
    [InlineData(PointDataType.Int16, ByteOrder.BA, 4660.0, 0x3412)]
    [InlineData(PointDataType.Int16, ByteOrder.AB, -32768.0, 0x8000)]
    [InlineData(PointDataType.Int16, ByteOrder.AB, 32767.0, 0x7FFF)]
    [InlineData(PointDataType.UInt16, ByteOrder.AB, 65535.0, 0xFFFF)]
    [InlineData(PointDataType.UInt16, ByteOrder.AB, 4660.0, 0x1234)]
    [InlineData(PointDataType.UInt16, ByteOrder.BA, 4660.0, 0x3412)]
    // IEEE half: 1.5 = 0x3E00, -2 = 0xC000, 65504 = 0x7BFF (largest), 2^-14 = 0x0400 (smallest normal),
    // 2^-24 = 0x0001 (smallest subnormal)
    [InlineData(PointDataType.Float16, ByteOrder.AB, 1.5, 0x3E00)]
    [InlineData(PointDataType.Float16, ByteOrder.BA, 1.5, 0x003E)]
    [InlineData(PointDataType.Float16, ByteOrder.AB, -2.0, 0xC000)]
    [InlineData(PointDataType.Float16, ByteOrder.AB, 65504.0, 0x7BFF)]
    [InlineData(PointDataType.Float16, ByteOrder.AB, -65504.0, 0xFBFF)]
    [InlineData(PointDataType.Float16, ByteOrder.AB, 6.103515625e-05, 0x0400)]
    [InlineData(PointDataType.Float16, ByteOrder.AB, 5.9604644775390625e-08, 0x0001)]
    [InlineData(PointDataType.KnxFloat16, ByteOrder.AB, 21.5, 0x0C33)]
    [InlineData(PointDataType.KnxFloat16, ByteOrder.BA, 21.5, 0x330C)]
    public void One_register_types(PointDataType type, ByteOrder order, double value, int register)
    {
        AssertBothWays(new PointEncoding(type, order), value, [(ushort)register]);
    }

    [Fact]
    public void Float16_stores_the_nearest_half_of_a_value_it_cannot_hold_exactly()
    {
        var encoding = new PointEncoding(PointDataType.Float16);
        Span<ushort> registers = stackalloc ushort[1];

        PointCodec.Encode(PointValue.FromNumber(0.1), encoding, registers);

        Assert.Equal(0x2E66, registers[0]);
        Assert.Equal(0.0999755859375, PointCodec.Decode(registers, encoding).Number);
    }

    [Theory]
    [InlineData(PointDataType.Int8L, 0xAB80, -128.0)]
    [InlineData(PointDataType.Int8L, 0x807F, 127.0)]
    [InlineData(PointDataType.Int8L, 0x00FF, -1.0)]
    [InlineData(PointDataType.Int8H, 0x80AB, -128.0)]
    [InlineData(PointDataType.Int8H, 0x7F80, 127.0)]
    [InlineData(PointDataType.UInt8L, 0x12FF, 255.0)]
    [InlineData(PointDataType.UInt8L, 0xFF12, 18.0)]
    [InlineData(PointDataType.UInt8H, 0xFF12, 255.0)]
    [InlineData(PointDataType.UInt8H, 0x12FF, 18.0)]
    public void Byte_types_read_their_half_of_the_register(PointDataType type, int register, double expected)
    {
        var value = PointCodec.Decode([(ushort)register], new PointEncoding(type));

        Assert.Equal(PointValue.FromNumber(expected), value);
    }

    [Theory]
    [InlineData(PointDataType.Int8L, 0x1234, -1.0, 0x12FF)]
    [InlineData(PointDataType.Int8H, 0x1234, -1.0, 0xFF34)]
    [InlineData(PointDataType.Int8H, 0xFFFF, 1.0, 0x01FF)]
    [InlineData(PointDataType.UInt8L, 0xABCD, 18.0, 0xAB12)]
    [InlineData(PointDataType.UInt8H, 0xABCD, 18.0, 0x12CD)]
    public void Byte_types_write_their_half_and_keep_the_other(PointDataType type, int current, double value, int expected)
    {
        ushort[] registers = [(ushort)current];

        PointCodec.Encode(PointValue.FromNumber(value), new PointEncoding(type), registers);

        Assert.Equal((ushort)expected, registers[0]);
    }

    [Theory]
    [InlineData(0x0005, 0, true)]
    [InlineData(0x0005, 1, false)]
    [InlineData(0x0005, 2, true)]
    [InlineData(0x8000, 15, true)]
    [InlineData(0x7FFF, 15, false)]
    public void Bit_reads_one_bit_counted_from_the_least_significant(int register, int bit, bool expected)
    {
        var value = PointCodec.Decode([(ushort)register], new PointEncoding(PointDataType.Bit, bitIndex: bit));

        Assert.Equal(PointValue.FromBoolean(expected), value);
    }

    [Theory]
    [InlineData(0x1200, 3, true, 0x1208)]
    [InlineData(0xFFFF, 15, false, 0x7FFF)]
    [InlineData(0x0001, 0, false, 0x0000)]
    [InlineData(0x0001, 0, true, 0x0001)]
    public void Bit_write_changes_only_its_bit(int current, int bit, bool state, int expected)
    {
        ushort[] registers = [(ushort)current];

        PointCodec.Encode(PointValue.FromBoolean(state), new PointEncoding(PointDataType.Bit, bitIndex: bit), registers);

        Assert.Equal((ushort)expected, registers[0]);
    }

    [Theory]
    // 'H' 0x48, 'E' 0x45, 'L' 0x4C, 'O' 0x4F; NUL padding.
    [InlineData(ByteOrder.AB, "HELLO", new ushort[] { 0x4845, 0x4C4C, 0x4F00 })]
    [InlineData(ByteOrder.BA, "HELLO", new ushort[] { 0x4548, 0x4C4C, 0x004F })]
    [InlineData(ByteOrder.AB, "HELLO!", new ushort[] { 0x4845, 0x4C4C, 0x4F21 })]
    [InlineData(ByteOrder.AB, "Hi", new ushort[] { 0x4869, 0x0000, 0x0000 })]
    [InlineData(ByteOrder.AB, "", new ushort[] { 0x0000, 0x0000, 0x0000 })]
    // Latin-1: 'é' = 0xE9
    [InlineData(ByteOrder.AB, "café", new ushort[] { 0x6361, 0x66E9, 0x0000 })]
    public void String_packs_two_characters_per_register(ByteOrder order, string text, ushort[] registers)
    {
        var encoding = new PointEncoding(PointDataType.String, order, stringRegisters: 3);
        var written = new ushort[3];

        PointCodec.Encode(PointValue.FromText(text), encoding, written);

        Assert.Equal(registers, written);
        Assert.Equal(PointValue.FromText(text), PointCodec.Decode(registers, encoding));
    }

    [Fact]
    public void String_ends_at_the_first_NUL()
    {
        var encoding = new PointEncoding(PointDataType.String, stringRegisters: 3);

        var value = PointCodec.Decode([0x4142, 0x0043, 0x4445], encoding);

        Assert.Equal("AB", value.Text);
    }

    [Fact]
    public void Boolean_points_decode_and_encode_coil_states()
    {
        var encoding = new PointEncoding(PointDataType.Boolean);

        Assert.Equal(PointValue.FromBoolean(true), PointCodec.DecodeBoolean(true, encoding));
        Assert.True(PointCodec.TryEncodeBoolean(PointValue.FromBoolean(true), encoding, out var on, out _));
        Assert.True(on);
        Assert.True(PointCodec.TryEncodeBoolean(PointValue.FromNumber(0), encoding, out var off, out _));
        Assert.False(off);
    }

    [Fact]
    public void Decode_uses_only_the_point_s_registers_of_a_longer_response()
    {
        ushort[] response = [0x42F6, 0xE979, 0xDEAD, 0xBEEF];

        var value = PointCodec.Decode(response, new PointEncoding(PointDataType.Float32));

        Assert.Equal((double)123.456f, value.Number);
    }

    private static void AssertBothWays(PointEncoding encoding, double decoded, ushort[] registers, double? written = null)
    {
        Assert.Equal(PointValue.FromNumber(decoded), PointCodec.Decode(registers, encoding));

        var encoded = new ushort[encoding.RegisterCount];
        PointCodec.Encode(PointValue.FromNumber(written ?? decoded), encoding, encoded);
        Assert.Equal(registers, encoded);
    }
}
