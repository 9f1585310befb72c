using HmiApp.Domain.Modbus;

namespace HmiApp.Tests.Modbus;

/// <summary>
/// KNX DPT 9.001, bits MEEEEMMM MMMMMMMM, value = 0.01 · M · 2^E with M the 12-bit two's complement of the sign bit
/// and bits 10..0. Expected words worked out by hand in the comments.
/// </summary>
public class CodecKnxFloat16Tests
{
    [Theory]
    // 21.5: 2150 hundredths > 2047, so E = 1, M = 1075 = 0x433 -> 0 0001 100 0011 0011 = 0x0C33
    [InlineData(21.5, 0x0C33)]
    // 21.0: E = 1, M = 1050 = 0x41A -> 0x0C1A
    [InlineData(21.0, 0x0C1A)]
    [InlineData(0.0, 0x0000)]
    // 0.01: E = 0, M = 1
    [InlineData(0.01, 0x0001)]
    // 20.47: E = 0, M = 2047 = 0x7FF, the largest value of exponent 0
    [InlineData(20.47, 0x07FF)]
    // 20.48: 2048 does not fit 12 bits, E = 1, M = 1024 = 0x400 -> 0x0C00
    [InlineData(20.48, 0x0C00)]
    // -0.01: M = -1 = 0xFFF -> sign 1, bits 10..0 = 0x7FF, E = 0 -> 0x87FF
    [InlineData(-0.01, 0x87FF)]
    // -1: M = -100 = 0xF9C -> sign 1, bits 0x79C, E = 0 -> 0x879C
    [InlineData(-1.0, 0x879C)]
    // -20.48: M = -2048 = 0x800 -> sign 1, bits 0, E = 0 -> 0x8000
    [InlineData(-20.48, 0x8000)]
    // -30: -3000 too small for 12 bits, E = 1, M = -1500 = 0xA24 -> sign 1, E 0001, bits 0x224 -> 0x8A24
    [InlineData(-30.0, 0x8A24)]
    // Range ends: -2048 · 2^15 / 100 = 0xF800, 2046 · 2^15 / 100 = 0x7FFE (0x7FFF is reserved)
    [InlineData(-671088.64, 0xF800)]
    [InlineData(670433.28, 0x7FFE)]
    public void Vectors_decode_and_encode(double value, int pattern)
    {
        Assert.Equal(value, KnxFloat16.Decode((ushort)pattern));
        Assert.True(KnxFloat16.TryEncode(value, out var raw, out var error), error);
        Assert.Equal((ushort)pattern, raw);
    }

    [Fact]
    public void Pattern_0x7FFF_is_no_value()
    {
        var encoding = new PointEncoding(PointDataType.KnxFloat16);

        Assert.True(KnxFloat16.IsNoValue(0x7FFF));
        Assert.Null(KnxFloat16.Decode(0x7FFF));
        Assert.Equal(PointValue.NoValue, PointCodec.Decode([0x7FFF], encoding));
        Assert.False(PointCodec.Decode([0x7FFF], encoding).HasValue);
    }

    [Fact]
    public void Rehau_standby_0x8116_is_minus_17_7_unless_the_point_says_it_means_no_value()
    {
        // 0x8116: sign 1, E 0, bits 0x116 = 278 -> M = 278 - 2048 = -1770 -> -17.70
        Assert.True(KnxFloat16.IsRehauStandby(0x8116));
        Assert.Equal(-17.7, KnxFloat16.Decode(0x8116));

        var plain = new PointEncoding(PointDataType.KnxFloat16);
        var rehau = new PointEncoding(PointDataType.KnxFloat16, rehauStandbyIsNoValue: true);

        Assert.Equal(PointValue.FromNumber(-17.7), PointCodec.Decode([0x8116], plain));
        Assert.Equal(PointValue.NoValue, PointCodec.Decode([0x8116], rehau));
        Assert.Equal(PointValue.NoValue, PointCodec.Decode([0x7FFF], rehau));
        Assert.Equal(PointValue.FromNumber(21.5), PointCodec.Decode([0x0C33], rehau));
    }

    [Fact]
    public void Writing_no_value_sends_0x7FFF()
    {
        var registers = new ushort[1];

        PointCodec.Encode(PointValue.NoValue, new PointEncoding(PointDataType.KnxFloat16), registers);

        Assert.Equal(0x7FFF, registers[0]);
    }

    [Fact]
    public void Encoding_uses_the_smallest_exponent_and_rounds_to_the_nearest_step()
    {
        // 21.55 -> 2155 hundredths -> E = 1, 1077.5 rounds to even 1078 -> 21.56 (steps of 0.02 at this size).
        Assert.True(KnxFloat16.TryEncode(21.55, out var raw, out _));
        Assert.Equal(0x0C36, raw);
        Assert.Equal(21.56, KnxFloat16.Decode(raw));
    }

    [Theory]
    [InlineData(670760.96, "0x7FFF")]
    [InlineData(700000.0, "out of range for KNX DPT 9.001: it holds -671088.64..670433.28")]
    [InlineData(-671100.0, "out of range for KNX DPT 9.001: it holds -671088.64..670433.28")]
    [InlineData(double.NaN, "not a finite number")]
    [InlineData(double.PositiveInfinity, "not a finite number")]
    public void Refuses_values_it_cannot_store(double value, string reason)
    {
        Assert.False(KnxFloat16.TryEncode(value, out _, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Scale_and_offset_apply_to_the_KNX_value()
    {
        // A setpoint stored in tenths of a kelvin above 0 degC would be odd, but scale and offset must still invert.
        var encoding = new PointEncoding(PointDataType.KnxFloat16, scale: 2, offset: -10);
        var registers = new ushort[1];

        PointCodec.Encode(PointValue.FromNumber(33.0), encoding, registers);

        Assert.Equal(0x0C33, registers[0]); // raw (33 + 10) / 2 = 21.5
        Assert.Equal(33.0, PointCodec.Decode(registers, encoding).Number);
    }
}
