using HmiApp.Domain.Modbus;

namespace HmiApp.Tests.Modbus;

public class CodecPointEncodingTests
{
    [Theory]
    [InlineData(PointDataType.Int8L, 1)]
    [InlineData(PointDataType.UInt8H, 1)]
    [InlineData(PointDataType.Int16, 1)]
    [InlineData(PointDataType.UInt16, 1)]
    [InlineData(PointDataType.Float16, 1)]
    [InlineData(PointDataType.KnxFloat16, 1)]
    [InlineData(PointDataType.Bit, 1)]
    [InlineData(PointDataType.Boolean, 1)]
    [InlineData(PointDataType.Int32, 2)]
    [InlineData(PointDataType.UInt32, 2)]
    [InlineData(PointDataType.Float32, 2)]
    [InlineData(PointDataType.Int64, 4)]
    [InlineData(PointDataType.UInt64, 4)]
    [InlineData(PointDataType.Float64, 4)]
    public void Register_count_follows_the_type(PointDataType type, int registers)
    {
        Assert.Equal(registers, new PointEncoding(type).RegisterCount);
    }

    [Fact]
    public void String_register_count_is_its_length()
    {
        Assert.Equal(10, new PointEncoding(PointDataType.String, stringRegisters: 10).RegisterCount);
    }

    [Theory]
    [InlineData(PointDataType.Int16, ByteOrder.AB)]
    [InlineData(PointDataType.String, ByteOrder.AB)]
    [InlineData(PointDataType.Int32, ByteOrder.ABCD)]
    [InlineData(PointDataType.Float64, ByteOrder.ABCD)]
    public void Byte_order_defaults_to_the_Modbus_standard(PointDataType type, ByteOrder expected)
    {
        var encoding = type == PointDataType.String
            ? new PointEncoding(type, stringRegisters: 1)
            : new PointEncoding(type);

        Assert.Equal(expected, encoding.ByteOrder);
    }

    [Theory]
    [InlineData(PointDataType.Int32, ByteOrder.BA, "ByteOrder 'BA' is not valid for Int32: use ABCD, DCBA, BADC or CDAB.")]
    [InlineData(PointDataType.Float64, ByteOrder.AB, "ByteOrder 'AB' is not valid for Float64: use ABCD, DCBA, BADC or CDAB.")]
    [InlineData(PointDataType.Int16, ByteOrder.CDAB, "ByteOrder 'CDAB' is not valid for Int16: use AB or BA.")]
    [InlineData(PointDataType.KnxFloat16, ByteOrder.ABCD, "ByteOrder 'ABCD' is not valid for KnxFloat16: use AB or BA.")]
    [InlineData(PointDataType.Int8L, ByteOrder.BA, "ByteOrder 'BA' is not valid for Int8L: use AB.")]
    [InlineData(PointDataType.Bit, ByteOrder.BA, "ByteOrder 'BA' is not valid for Bit: use AB.")]
    public void Byte_orders_that_do_not_fit_the_type_are_refused(PointDataType type, ByteOrder order, string message)
    {
        var exception = Assert.Throws<ArgumentException>(() => new PointEncoding(type, order));

        Assert.Equal(message, exception.Message);
    }

    [Theory]
    [InlineData(PointDataType.String, 0, 0, 1.0, 0.0, "String length 0 registers is out of range: a String point needs 1..125 registers (two characters each).")]
    [InlineData(PointDataType.String, 126, 0, 1.0, 0.0, "String length 126 registers is out of range: a String point needs 1..125 registers (two characters each).")]
    [InlineData(PointDataType.Int16, 4, 0, 1.0, 0.0, "String length 4 applies only to String points, not Int16: leave it 0.")]
    [InlineData(PointDataType.Bit, 0, 16, 1.0, 0.0, "Bit index 16 is out of range: a register has bits 0..15 (0 = least significant).")]
    [InlineData(PointDataType.Bit, 0, -1, 1.0, 0.0, "Bit index -1 is out of range: a register has bits 0..15 (0 = least significant).")]
    [InlineData(PointDataType.UInt16, 0, 3, 1.0, 0.0, "Bit index 3 applies only to Bit points, not UInt16: leave it 0.")]
    [InlineData(PointDataType.Int16, 0, 0, 0.0, 0.0, "Scale 0 is not valid: it must be a finite, non-zero number.")]
    [InlineData(PointDataType.Int16, 0, 0, double.NaN, 0.0, "Scale NaN is not valid: it must be a finite, non-zero number.")]
    [InlineData(PointDataType.Int16, 0, 0, 1.0, double.PositiveInfinity, "Offset Infinity is not valid: it must be a finite number.")]
    [InlineData(PointDataType.Boolean, 0, 0, 2.0, 0.0, "Scale and offset do not apply to Boolean points: use scale 1 and offset 0.")]
    [InlineData(PointDataType.Bit, 0, 0, 1.0, 5.0, "Scale and offset do not apply to Bit points: use scale 1 and offset 0.")]
    public void Invalid_settings_are_refused_with_what_and_why(
        PointDataType type, int stringRegisters, int bitIndex, double scale, double offset, string message)
    {
        var exception = Assert.Throws<ArgumentException>(
            () => new PointEncoding(type, null, stringRegisters, bitIndex, scale, offset));
        Assert.Equal(message, exception.Message);

        Assert.False(PointEncoding.TryCreate(type, null, stringRegisters, bitIndex, scale, offset, false, out var encoding, out var error));
        Assert.Null(encoding);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Rehau_standby_applies_only_to_KNX_points()
    {
        var exception = Assert.Throws<ArgumentException>(
            () => new PointEncoding(PointDataType.Int16, rehauStandbyIsNoValue: true));

        Assert.Equal("The Rehau standby pattern applies only to KnxFloat16 points, not Int16.", exception.Message);
    }

    [Fact]
    public void TryCreate_builds_a_valid_encoding()
    {
        Assert.True(PointEncoding.TryCreate(PointDataType.Float32, ByteOrder.CDAB, 0, 0, 0.1, -5, false, out var encoding, out var error));

        Assert.Null(error);
        Assert.Equal(new PointEncoding(PointDataType.Float32, ByteOrder.CDAB, scale: 0.1, offset: -5), encoding);
    }

    [Theory]
    [InlineData(PointDataType.Boolean, ModbusTable.Coils, true)]
    [InlineData(PointDataType.Boolean, ModbusTable.DiscreteInputs, true)]
    [InlineData(PointDataType.Boolean, ModbusTable.HoldingRegisters, false)]
    [InlineData(PointDataType.Bit, ModbusTable.InputRegisters, true)]
    [InlineData(PointDataType.Bit, ModbusTable.Coils, false)]
    [InlineData(PointDataType.Float32, ModbusTable.DiscreteInputs, false)]
    public void Boolean_belongs_in_bit_tables_and_everything_else_in_registers(PointDataType type, ModbusTable table, bool fits)
    {
        var error = new PointEncoding(type).CheckTable(table);

        if (fits)
        {
            Assert.Null(error);
        }
        else
        {
            Assert.Contains($"not {table}", error);
        }
    }

    [Fact]
    public void Partial_register_types_say_so()
    {
        Assert.True(new PointEncoding(PointDataType.Bit, bitIndex: 4).OccupiesPartOfRegister);
        Assert.True(new PointEncoding(PointDataType.UInt8H).OccupiesPartOfRegister);
        Assert.False(new PointEncoding(PointDataType.UInt16).OccupiesPartOfRegister);
    }
}
