using HmiApp.Domain.Modbus;

namespace HmiApp.Tests.Modbus;

/// <summary>
/// Decoding numbers runs for every point on every poll, so it must not allocate. This counts bytes allocated on
/// the test thread (deterministic, unlike timing); speed itself is left to benchmarks.
/// </summary>
public class CodecAllocationTests
{
    [Fact]
    public void Decoding_numbers_and_bits_allocates_nothing()
    {
        PointEncoding[] encodings =
        [
            new(PointDataType.Int8H), new(PointDataType.UInt16, ByteOrder.BA, scale: 0.1),
            new(PointDataType.Int32, ByteOrder.CDAB), new(PointDataType.UInt64, ByteOrder.DCBA, offset: -5),
            new(PointDataType.Float16), new(PointDataType.Float32, ByteOrder.BADC), new(PointDataType.Float64),
            new(PointDataType.KnxFloat16, rehauStandbyIsNoValue: true), new(PointDataType.Bit, bitIndex: 9),
        ];
        ushort[] response = [0x0C33, 0x42F6, 0xE979, 0x8116, 0x7FFF];
        var sum = Decode(encodings, response); // warm-up: JIT and static initialisation may allocate once

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            sum += Decode(encodings, response);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(double.IsFinite(sum));
    }

    private static double Decode(PointEncoding[] encodings, ushort[] response)
    {
        var sum = 0.0;
        foreach (var encoding in encodings)
        {
            for (var offset = 0; offset + encoding.RegisterCount <= response.Length; offset++)
            {
                var value = PointCodec.Decode(response.AsSpan(offset, encoding.RegisterCount), encoding);
                sum += value.Kind == PointValueKind.Number && double.IsFinite(value.Number) ? value.Number : value.Boolean ? 1 : 0;
            }
        }

        return sum;
    }
}
