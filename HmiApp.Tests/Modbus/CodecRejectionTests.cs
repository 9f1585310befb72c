using HmiApp.Domain.Modbus;

namespace HmiApp.Tests.Modbus;

public class CodecRejectionTests
{
    [Theory]
    [InlineData(PointDataType.Int16, 40000.0, "Value 40000 is out of range for Int16: it holds -32768..32767.")]
    [InlineData(PointDataType.UInt16, -1.0, "Value -1 is out of range for UInt16: it holds 0..65535.")]
    [InlineData(PointDataType.Int8L, 128.0, "Value 128 is out of range for Int8L: it holds -128..127.")]
    [InlineData(PointDataType.UInt8H, 256.0, "Value 256 is out of range for UInt8H: it holds 0..255.")]
    [InlineData(PointDataType.UInt32, 4294967296.0, "Value 4294967296 is out of range for UInt32: it holds 0..4294967295.")]
    [InlineData(PointDataType.Int64, 9223372036854775808.0, "out of range for Int64: it holds -9223372036854775808..9223372036854775807.")]
    [InlineData(PointDataType.UInt64, 18446744073709551616.0, "out of range for UInt64: it holds 0..18446744073709551615.")]
    [InlineData(PointDataType.Float16, 65520.0, "Value 65520 is out of range for Float16: it holds -65504..65504.")]
    [InlineData(PointDataType.Float32, 1e39, "out of range for Float32")]
    public void Out_of_range_values_are_refused(PointDataType type, double value, string message)
    {
        var error = Refuse(new PointEncoding(type), PointValue.FromNumber(value));

        Assert.Contains(message, error);
    }

    [Fact]
    public void Out_of_range_after_scaling_names_the_raw_value_and_the_writable_range()
    {
        var error = Refuse(new PointEncoding(PointDataType.Int16, scale: 0.1), PointValue.FromNumber(3276.8));

        Assert.Equal(
            "Value 3276.8 is out of range for Int16 with scale 0.1 and offset 0: raw 32768 is outside -32768..32767; writable values are -3276.8..3276.7.",
            error);
    }

    [Fact]
    public void A_value_between_raw_steps_is_refused_with_the_nearest_writable_values()
    {
        var error = Refuse(new PointEncoding(PointDataType.Int16, scale: 0.1), PointValue.FromNumber(21.55));

        Assert.Equal(
            "Value 21.55 is not a whole number of raw units for Int16 with scale 0.1 and offset 0 (raw 215.5): round it to 21.5 (raw 215) or 21.6 (raw 216).",
            error);
    }

    [Fact]
    public void A_fraction_for_an_unscaled_integer_is_refused_with_the_rounding_it_needs()
    {
        var error = Refuse(new PointEncoding(PointDataType.Int32, ByteOrder.ABCD), PointValue.FromNumber(7.25));

        Assert.Equal("Value 7.25 is not a whole number, which Int32 needs: round it to 7 or 8.", error);
    }

    [Fact]
    public void The_rounding_offered_stays_inside_the_type()
    {
        var error = Refuse(new PointEncoding(PointDataType.UInt16), PointValue.FromNumber(65535.25));

        Assert.Equal("Value 65535.25 is not a whole number, which UInt16 needs: round it to 65535.", error);
        Assert.Equal(
            "Value -0.25 is not a whole number, which UInt16 needs: round it to 0.",
            Refuse(new PointEncoding(PointDataType.UInt16), PointValue.FromNumber(-0.25)));
    }

    [Theory]
    [InlineData(PointDataType.Int16)]
    [InlineData(PointDataType.Float32)]
    [InlineData(PointDataType.Float64)]
    [InlineData(PointDataType.KnxFloat16)]
    public void NaN_and_infinity_are_refused(PointDataType type)
    {
        var encoding = new PointEncoding(type);

        Assert.Contains("Value NaN is not a finite number", Refuse(encoding, PointValue.FromNumber(double.NaN)));
        Assert.Contains("is not a finite number", Refuse(encoding, PointValue.FromNumber(double.NegativeInfinity)));
    }

    [Fact]
    public void Float64_overflow_from_scaling_is_refused()
    {
        var error = Refuse(new PointEncoding(PointDataType.Float64, scale: 1e-300), PointValue.FromNumber(1e10));

        Assert.Contains("out of range for Float64 with scale 1E-300", error);
    }

    [Fact]
    public void Text_too_long_for_the_string_is_refused()
    {
        var error = Refuse(new PointEncoding(PointDataType.String, stringRegisters: 2), PointValue.FromText("HELLO"));

        Assert.Equal("Text of 5 characters is too long for a String point of 2 registers: it holds 4 characters.", error);
    }

    [Fact]
    public void Characters_beyond_one_byte_and_NUL_are_refused()
    {
        var encoding = new PointEncoding(PointDataType.String, stringRegisters: 4);

        Assert.Equal(
            "Character '€' (U+20AC) at position 3 does not fit one byte: a String point holds Latin-1 characters U+0001..U+00FF.",
            Refuse(encoding, PointValue.FromText("10€")));
        Assert.Equal(
            "Character 2 of the text is NUL, which ends a Modbus string: remove it.",
            Refuse(encoding, PointValue.FromText("A\0B")));
    }

    [Fact]
    public void Values_of_the_wrong_kind_are_refused()
    {
        Assert.Equal("A Int16 point takes a number, not the text \"12\".", Refuse(new PointEncoding(PointDataType.Int16), PointValue.FromText("12")));
        Assert.Equal("A Float32 point takes a number, not \"no value\".", Refuse(new PointEncoding(PointDataType.Float32), PointValue.NoValue));
        Assert.Equal("A String point takes text, not the number 12.", Refuse(new PointEncoding(PointDataType.String, stringRegisters: 2), PointValue.FromNumber(12)));
        Assert.Equal("A Bit point takes true/false (or 0/1), not the number 2.", Refuse(new PointEncoding(PointDataType.Bit), PointValue.FromNumber(2)));
    }

    [Fact]
    public void Boolean_points_are_written_as_coils_not_registers()
    {
        var boolean = new PointEncoding(PointDataType.Boolean);

        Assert.Contains("TryEncodeBoolean", Refuse(boolean, PointValue.FromBoolean(true)));
        Assert.False(PointCodec.TryEncodeBoolean(PointValue.FromNumber(0.5), boolean, out _, out var error));
        Assert.Equal("A Boolean point takes true/false (or 0/1), not the number 0.5.", error);
        Assert.False(PointCodec.TryEncodeBoolean(PointValue.FromBoolean(true), new PointEncoding(PointDataType.Int16), out _, out error));
        Assert.Contains("use TryEncode", error);
        Assert.Throws<ArgumentException>(() => PointCodec.Decode([1], boolean));
    }

    [Fact]
    public void Encode_throws_the_same_message()
    {
        var registers = new ushort[1];

        var exception = Assert.Throws<ArgumentException>(
            () => PointCodec.Encode(PointValue.FromNumber(40000), new PointEncoding(PointDataType.Int16), registers));

        Assert.StartsWith("Value 40000 is out of range for Int16", exception.Message);
    }

    [Fact]
    public void Too_few_registers_are_refused_with_the_count_needed()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => PointCodec.Decode([0x42F6], new PointEncoding(PointDataType.Float32)));

        Assert.StartsWith("A Float32 ABCD point needs 2 registers, got 1.", exception.Message);
    }

    [Fact]
    public void A_refused_write_leaves_the_registers_alone()
    {
        ushort[] registers = [0x1234, 0x5678];

        Refuse(new PointEncoding(PointDataType.Int32), PointValue.FromNumber(1e12), registers);

        Assert.Equal(new ushort[] { 0x1234, 0x5678 }, registers);
    }

    private static string Refuse(PointEncoding encoding, PointValue value, ushort[]? registers = null)
    {
        registers ??= new ushort[encoding.RegisterCount];
        Assert.False(PointCodec.TryEncode(value, encoding, registers, out var error));
        Assert.NotNull(error);
        return error;
    }
}
