using HmiApp.Domain.Modbus;

namespace HmiApp.Tests.Modbus;

public class CodecScalingTests
{
    [Theory]
    // engineering = raw * scale + offset
    [InlineData(PointDataType.Int16, 0.1, 0.0, 215, 21.5)]
    [InlineData(PointDataType.Int16, 0.1, 0.0, 0xFF38, -20.0)]
    [InlineData(PointDataType.UInt16, 0.5, -40.0, 120, 20.0)]
    [InlineData(PointDataType.UInt16, 0.01, 0.0, 2155, 21.55)]
    [InlineData(PointDataType.Int16, -1.0, 0.0, 5, -5.0)]
    [InlineData(PointDataType.UInt16, 1.0, -273.15, 300, 26.85)]
    public void Scaled_values_decode_and_encode_to_the_same_register(
        PointDataType type, double scale, double offset, int register, double engineering)
    {
        var encoding = new PointEncoding(type, scale: scale, offset: offset);
        var registers = new ushort[1];

        Assert.Equal(engineering, PointCodec.Decode([(ushort)register], encoding).Number, 12);
        Assert.True(PointCodec.TryEncode(PointValue.FromNumber(engineering), encoding, registers, out var error), error);
        Assert.Equal((ushort)register, registers[0]);
    }

    [Fact]
    public void Float32_with_scale_divides_before_rounding_to_single()
    {
        var encoding = new PointEncoding(PointDataType.Float32, ByteOrder.ABCD, scale: 1000);
        var registers = new ushort[2];

        PointCodec.Encode(PointValue.FromNumber(123456.0), encoding, registers);

        Assert.Equal(new ushort[] { 0x42F6, 0xE979 }, registers); // raw 123.456f
        Assert.Equal(123456.0, PointCodec.Decode(registers, encoding).Number, 2);
    }
}
