using HmiApp.Domain.Modbus;

namespace HmiApp.Tests.Modbus;

public class PlannerReadTests
{
    [Fact]
    public void Adjacent_points_share_one_request_with_offsets()
    {
        PointSpan[] points = [new("Temp", 10, 2), new("Pressure", 12, 2), new("Mode", 14, 1)];

        var reads = ReadPlanner.Plan(ModbusTable.HoldingRegisters, points, ModbusDeviceLimits.Spec, maxGap: 0);

        var read = Assert.Single(reads);
        Assert.Equal((10, 5), (read.Address, read.Count));
        Assert.Equal([0, 2, 4], read.Points.Select(p => p.Offset));
    }

    [Theory]
    // Points at 0 and 3 leave addresses 1..2 unused: a 2-register gap.
    [InlineData(2, 1)]
    [InlineData(1, 2)]
    [InlineData(0, 2)]
    public void Gaps_up_to_the_setting_are_read_through(int maxGap, int expectedRequests)
    {
        PointSpan[] points = [new("A", 0, 1), new("B", 3, 1)];

        var reads = ReadPlanner.Plan(ModbusTable.InputRegisters, points, ModbusDeviceLimits.Spec, maxGap);

        Assert.Equal(expectedRequests, reads.Count);
    }

    [Fact]
    public void Bits_of_one_register_and_the_register_read_as_two_types_are_one_request()
    {
        PointSpan[] points =
        [
            new("Alarm.Bit0", 100, 1),
            new("Alarm.Bit7", 100, 1),
            new("Alarm.Word", 100, 1),
            new("Counter.Int32", 100, 2),
            new("Counter.HighWord", 101, 1),
        ];

        var reads = ReadPlanner.Plan(ModbusTable.HoldingRegisters, points, ModbusDeviceLimits.Spec, maxGap: 0);

        var read = Assert.Single(reads);
        Assert.Equal((100, 2), (read.Address, read.Count));
        Assert.Equal(5, read.Points.Count);
        Assert.Equal(1, read.Points.Single(p => p.Point.Name == "Counter.HighWord").Offset);
    }

    [Fact]
    public void Requests_split_at_the_spec_limit_without_splitting_a_point()
    {
        // 150 Float32 points back to back: 300 registers; 62 points (124 registers) fit one request of 125.
        var points = Enumerable.Range(0, 150).Select(i => new PointSpan($"F{i}", 2 * i, 2)).ToList();

        var reads = ReadPlanner.Plan(ModbusTable.HoldingRegisters, points, ModbusDeviceLimits.Spec, maxGap: 10);

        Assert.Equal([124, 124, 52], reads.Select(r => r.Count));
        Assert.Equal([0, 124, 248], reads.Select(r => r.Address));
    }

    [Fact]
    public void A_lower_device_limit_is_respected()
    {
        var points = Enumerable.Range(0, 100).Select(i => new PointSpan($"R{i}", i, 1)).ToList();

        var reads = ReadPlanner.Plan(ModbusTable.InputRegisters, points, new ModbusDeviceLimits(maxReadRegisters: 32), maxGap: 0);

        Assert.Equal([32, 32, 32, 4], reads.Select(r => r.Count));
    }

    [Fact]
    public void Bit_tables_use_the_bit_limit()
    {
        var points = Enumerable.Range(0, 2500).Select(i => new PointSpan($"C{i}", i, 1)).ToList();

        var reads = ReadPlanner.Plan(ModbusTable.Coils, points, ModbusDeviceLimits.Spec, maxGap: 0);

        Assert.Equal([2000, 500], reads.Select(r => r.Count));
    }

    [Fact]
    public void A_point_longer_than_the_device_reads_is_named()
    {
        PointSpan[] points = [new("Ok", 0, 2), new("Nameplate", 10, 40)];

        var exception = Assert.Throws<ArgumentException>(
            () => ReadPlanner.Plan(ModbusTable.HoldingRegisters, points, new ModbusDeviceLimits(maxReadRegisters: 32), 0));

        Assert.StartsWith(
            "Point 'Nameplate' at HoldingRegisters 10 is 40 registers long, more than the device reads at once (32 registers).",
            exception.Message);
    }

    [Fact]
    public void A_point_running_past_65535_is_named()
    {
        PointSpan[] points = [new("Last", 65534, 4)];

        var exception = Assert.Throws<ArgumentException>(
            () => ReadPlanner.Plan(ModbusTable.InputRegisters, points, ModbusDeviceLimits.Spec, 0));

        Assert.StartsWith("Point 'Last' at InputRegisters 65534 with 4 registers runs past the last address 65535.", exception.Message);
    }

    [Fact]
    public void Every_bad_point_is_reported_at_once()
    {
        PointSpan[] points = [new("Negative", -1, 1), new("Empty", 5, 0), new("Fine", 6, 1)];

        var exception = Assert.Throws<ArgumentException>(
            () => ReadPlanner.Plan(ModbusTable.DiscreteInputs, points, ModbusDeviceLimits.Spec, 0));

        Assert.Contains("Point 'Negative' has address -1, outside DiscreteInputs addresses 0..65535.", exception.Message);
        Assert.Contains("Point 'Empty' at DiscreteInputs 5 has length 0: it must occupy at least one of the bits.", exception.Message);
        Assert.DoesNotContain("'Fine'", exception.Message);
    }

    [Fact]
    public void The_last_address_is_readable()
    {
        var read = Assert.Single(ReadPlanner.Plan(ModbusTable.HoldingRegisters, [new PointSpan("Top", 65532, 4)], ModbusDeviceLimits.Spec, 0));

        Assert.Equal((65532, 4), (read.Address, read.Count));
    }

    [Fact]
    public void Spans_follow_the_encoding_of_their_points()
    {
        PointSpan[] points =
        [
            PointSpan.Of("Energy", 0, new PointEncoding(PointDataType.UInt64)),
            PointSpan.Of("Serial", 4, new PointEncoding(PointDataType.String, stringRegisters: 8)),
            PointSpan.Of("Power", 12, new PointEncoding(PointDataType.Float32, ByteOrder.CDAB)),
        ];

        var read = Assert.Single(ReadPlanner.Plan(ModbusTable.InputRegisters, points, ModbusDeviceLimits.Spec, 0));

        Assert.Equal(14, read.Count);
        Assert.Equal([4, 8, 2], read.Points.Select(p => p.Length));
    }

    [Fact]
    public void No_points_give_no_requests()
    {
        Assert.Empty(ReadPlanner.Plan(ModbusTable.Coils, [], ModbusDeviceLimits.Spec, 0));
    }

    [Fact]
    public void A_negative_gap_is_refused()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => ReadPlanner.Plan(ModbusTable.Coils, [], ModbusDeviceLimits.Spec, -1));

        Assert.StartsWith("maxGap -1 is negative", exception.Message);
    }

    [Fact]
    public void Caller_points_come_back_with_their_offsets()
    {
        (string Tag, int Register)[] points = [("Flow", 7), ("Level", 5)];

        var reads = ReadPlanner.Plan(
            ModbusTable.InputRegisters,
            points,
            point => new PointSpan(point.Tag, point.Register, 1),
            ModbusDeviceLimits.Spec,
            maxGap: 1);

        var read = Assert.Single(reads);
        Assert.Equal([("Level", 0), ("Flow", 2)], read.Points.Select(p => (p.Point.Tag, p.Offset)));
    }

    [Theory]
    [InlineData(0, 2000, 123, 1968, "maxReadRegisters 0 is out of range: FC3/FC4 allows 1..125.")]
    [InlineData(125, 2001, 123, 1968, "maxReadBits 2001 is out of range: FC1/FC2 allows 1..2000.")]
    [InlineData(125, 2000, 124, 1968, "maxWriteRegisters 124 is out of range: FC16 allows 1..123.")]
    [InlineData(125, 2000, 123, 1969, "maxWriteBits 1969 is out of range: FC15 allows 1..1968.")]
    public void Device_limits_above_the_spec_or_below_one_are_refused(
        int readRegisters, int readBits, int writeRegisters, int writeBits, string message)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => new ModbusDeviceLimits(readRegisters, readBits, writeRegisters, writeBits));

        Assert.StartsWith(message, exception.Message);
    }
}
