using HmiApp.Domain.Modbus;

namespace HmiApp.Tests.Modbus;

public class PlannerWriteTests
{
    [Fact]
    public void Register_writes_split_at_123()
    {
        var chunks = WritePlanner.Split(ModbusTable.HoldingRegisters, 1000, 300, ModbusDeviceLimits.Spec);

        Assert.Equal(
            [new WriteChunk(1000, 123, 0), new WriteChunk(1123, 123, 123), new WriteChunk(1246, 54, 246)],
            chunks);
    }

    [Fact]
    public void Coil_writes_split_at_1968()
    {
        var chunks = WritePlanner.Split(ModbusTable.Coils, 0, 2000, ModbusDeviceLimits.Spec);

        Assert.Equal([new WriteChunk(0, 1968, 0), new WriteChunk(1968, 32, 1968)], chunks);
    }

    [Fact]
    public void A_write_within_the_limit_is_one_request()
    {
        Assert.Equal([new WriteChunk(5, 123, 0)], WritePlanner.Split(ModbusTable.HoldingRegisters, 5, 123, ModbusDeviceLimits.Spec));
    }

    [Fact]
    public void A_lower_device_limit_is_respected()
    {
        var chunks = WritePlanner.Split(ModbusTable.HoldingRegisters, 0, 10, new ModbusDeviceLimits(maxWriteRegisters: 4));

        Assert.Equal([4, 4, 2], chunks.Select(c => c.Count));
        Assert.Equal([0, 4, 8], chunks.Select(c => c.SourceOffset));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(123)]
    [InlineData(65536)]
    public void Chunks_cover_the_write_exactly_in_order(int limitOrCount)
    {
        var count = Math.Min(limitOrCount * 3 + 1, 65536);
        var limit = Math.Min(limitOrCount, ModbusDeviceLimits.SpecMaxWriteRegisters);

        var chunks = WritePlanner.Split(ModbusTable.HoldingRegisters, 0, count, new ModbusDeviceLimits(maxWriteRegisters: limit));

        var next = 0;
        foreach (var chunk in chunks)
        {
            Assert.Equal(next, chunk.SourceOffset);
            Assert.Equal(next, chunk.Address);
            Assert.InRange(chunk.Count, 1, limit);
            next += chunk.Count;
        }

        Assert.Equal(count, next);
        Assert.Equal((count + limit - 1) / limit, chunks.Count);
    }

    [Theory]
    [InlineData(ModbusTable.InputRegisters)]
    [InlineData(ModbusTable.DiscreteInputs)]
    public void Read_only_tables_are_refused(ModbusTable table)
    {
        var exception = Assert.Throws<ArgumentException>(() => WritePlanner.Split(table, 0, 1, ModbusDeviceLimits.Spec));

        Assert.StartsWith($"{table} are read-only: only Coils and HoldingRegisters can be written.", exception.Message);
    }

    [Fact]
    public void Writes_past_65535_or_empty_are_refused()
    {
        var past = Assert.Throws<ArgumentOutOfRangeException>(
            () => WritePlanner.Split(ModbusTable.HoldingRegisters, 65530, 10, ModbusDeviceLimits.Spec));
        var empty = Assert.Throws<ArgumentOutOfRangeException>(
            () => WritePlanner.Split(ModbusTable.Coils, 0, 0, ModbusDeviceLimits.Spec));

        Assert.StartsWith("A write of 10 registers at HoldingRegisters 65530 runs past the last address 65535.", past.Message);
        Assert.StartsWith("A write needs at least one of the coils, got 0.", empty.Message);
    }
}
