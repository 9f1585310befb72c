using HmiApp.Domain.Modbus;

namespace HmiApp.Tests.Modbus;

public class CodecTextTests
{
    [Theory]
    [InlineData("float32", PointDataType.Float32)]
    [InlineData(" INT8L ", PointDataType.Int8L)]
    [InlineData("KnxFloat16", PointDataType.KnxFloat16)]
    [InlineData("boolean", PointDataType.Boolean)]
    public void Data_types_parse_case_insensitively(string text, PointDataType expected)
    {
        Assert.Equal(expected, ModbusText.ParseDataType(text));
    }

    [Theory]
    [InlineData("cdab", ByteOrder.CDAB)]
    [InlineData("Ba", ByteOrder.BA)]
    public void Byte_orders_parse_case_insensitively(string text, ByteOrder expected)
    {
        Assert.Equal(expected, ModbusText.ParseByteOrder(text));
    }

    [Theory]
    [InlineData("holdingregisters", ModbusTable.HoldingRegisters)]
    [InlineData("Coils", ModbusTable.Coils)]
    public void Tables_parse_case_insensitively(string text, ModbusTable expected)
    {
        Assert.Equal(expected, ModbusText.ParseTable(text));
    }

    [Fact]
    public void Unknown_names_are_refused_with_the_value_and_the_allowed_ones()
    {
        var exception = Assert.Throws<FormatException>(() => ModbusText.ParseDataType("int33"));

        Assert.Equal(
            "Unknown data type 'int33': use one of Int8L, Int8H, UInt8L, UInt8H, Int16, UInt16, Int32, UInt32, Int64, UInt64, Float16, Float32, Float64, String, Bit, Boolean, KnxFloat16.",
            exception.Message);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("ABDC")]
    public void Numbers_and_near_misses_are_not_byte_orders(string text)
    {
        Assert.False(ModbusText.TryParseByteOrder(text, out _, out var error));

        Assert.Equal($"Unknown byte order '{text}': use one of AB, BA, ABCD, DCBA, BADC, CDAB.", error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Empty_text_is_refused(string? text)
    {
        Assert.False(ModbusText.TryParseTable(text, out _, out var error));

        Assert.Equal("The Modbus table is empty: use one of Coils, DiscreteInputs, InputRegisters, HoldingRegisters.", error);
    }

    [Fact]
    public void TryParse_returns_the_value()
    {
        Assert.True(ModbusText.TryParseDataType("uint64", out var type, out var error));

        Assert.Equal(PointDataType.UInt64, type);
        Assert.Null(error);
    }
}
