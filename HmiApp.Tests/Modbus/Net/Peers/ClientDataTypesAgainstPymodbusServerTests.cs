using System.Globalization;
using HmiApp.Domain.Modbus;

namespace HmiApp.Tests.Modbus.Net.Peers;

/// <summary>
/// Every data type in every byte order it allows, through our client and the domain codec, against values the
/// pymodbus peer encodes and decodes with its own code (Python struct and a DPT 9.001 formula).
/// </summary>
public sealed class ClientDataTypesAgainstPymodbusServerTests(PymodbusServerFixture server) : IClassFixture<PymodbusServerFixture>
{
    [RequiresToolFact(PeerTool.Pymodbus)]
    public async Task Every_data_type_and_byte_order_reads_what_the_peer_wrote_and_writes_what_the_peer_reads()
    {
        await using var client = ModbusClients.Loopback(server.Port);
        var cases = Cases().ToList();
        Assert.Equal(Enum.GetValues<PointDataType>().Length - 1, cases.Select(c => c.Encoding.DataType).Distinct().Count());
        var failures = new List<string>();
        // Each case overwrites the registers the previous one used, so stale words cannot pass for an answer.
        const ushort address = 0;
        const ushort target = 10;
        foreach (var (encoding, peerType, value) in cases)
        {
            var registers = new ushort[encoding.RegisterCount];

            // The peer encodes, we read and decode.
            await server.Peer.SendAsync($"put 1 {address} {peerType} {encoding.ByteOrder} {Format(value)}");
            await client.ReadHoldingRegistersAsync(1, address, registers);
            var read = PointCodec.Decode(registers, encoding);
            if (!SameValue(read, value))
            {
                failures.Add($"{encoding}: peer wrote {Format(value)}, we read {read} from [{string.Join(' ', registers)}]");
            }

            // We encode and write, the peer reads and decodes.
            Array.Clear(registers);
            PointCodec.Encode(value, encoding, registers);
            await client.WriteMultipleRegistersAsync(1, target, registers);
            var peerRead = await server.Peer.RequestAsync($"decode 1 {target} {peerType} {encoding.ByteOrder}", "value ");
            if (!SameValue(Parse(peerRead, value), value))
            {
                failures.Add($"{encoding}: we wrote {Format(value)} as [{string.Join(' ', registers)}], peer read {peerRead}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [RequiresToolFact(PeerTool.Pymodbus)]
    public async Task Boolean_points_round_trip_through_coils()
    {
        await using var client = ModbusClients.Loopback(server.Port);
        var encoding = new PointEncoding(PointDataType.Boolean);
        Assert.True(PointCodec.TryEncodeBoolean(PointValue.FromBoolean(true), encoding, out var state, out _));

        await client.WriteSingleCoilAsync(1, 250, state);

        Assert.Equal(new[] { 1 }, await server.Peer.GetValuesAsync("get 1 co 250 1"));
        var read = new bool[1];
        await client.ReadCoilsAsync(1, 250, read);
        Assert.Equal(PointValue.FromBoolean(true), PointCodec.DecodeBoolean(read[0], encoding));
    }

    private static IEnumerable<(PointEncoding Encoding, string PeerType, PointValue Value)> Cases()
    {
        foreach (var type in Enum.GetValues<PointDataType>().Where(t => t != PointDataType.Boolean))
        {
            foreach (var order in PointEncoding.AllowedByteOrders(type))
            {
                yield return type switch
                {
                    PointDataType.String => (new PointEncoding(type, order, stringRegisters: 4), "String:4", PointValue.FromText("Pump-7")),
                    PointDataType.Bit => (new PointEncoding(type, order, bitIndex: 13), "Bit:13", PointValue.FromBoolean(true)),
                    _ => (new PointEncoding(type, order), type.ToString(), PointValue.FromNumber(SampleNumber(type))),
                };
            }
        }
    }

    private static double SampleNumber(PointDataType type) => type switch
    {
        PointDataType.Int8L or PointDataType.Int8H => -100,
        PointDataType.UInt8L or PointDataType.UInt8H => 200,
        PointDataType.Int16 => -12345,
        PointDataType.UInt16 => 54321,
        PointDataType.Int32 => -123456789,
        PointDataType.UInt32 => 3456789012,
        PointDataType.Int64 => -1234567890123456,
        PointDataType.UInt64 => 9007199254740991,
        PointDataType.Float16 => -123.5,
        PointDataType.Float32 => 3.140625,
        PointDataType.Float64 => 2.718281828459045,
        PointDataType.KnxFloat16 => 21.5,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static string Format(PointValue value) => value.Kind switch
    {
        PointValueKind.Number => value.Number.ToString("R", CultureInfo.InvariantCulture),
        PointValueKind.Boolean => value.Boolean ? "1" : "0",
        _ => value.Text!,
    };

    private static PointValue Parse(string text, PointValue like) => like.Kind switch
    {
        PointValueKind.Number => PointValue.FromNumber(double.Parse(text, CultureInfo.InvariantCulture)),
        PointValueKind.Boolean => PointValue.FromBoolean(text == "1"),
        _ => PointValue.FromText(text),
    };

    private static bool SameValue(PointValue actual, PointValue expected) =>
        actual.Kind == expected.Kind && (actual.Kind != PointValueKind.Number
            ? actual == expected
            : Math.Abs(actual.Number - expected.Number) <= Math.Abs(expected.Number) * 1e-12);
}
