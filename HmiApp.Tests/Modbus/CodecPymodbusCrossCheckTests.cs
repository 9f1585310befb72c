using System.Diagnostics;
using System.Globalization;
using HmiApp.Domain.Modbus;

namespace HmiApp.Tests.Modbus;

/// <summary>
/// Cross-checks the codec against an independent implementation: pymodbus's BinaryPayloadBuilder (Debian
/// python3-pymodbus, run with /usr/bin/python3) packs random values in every byte and word order, and the
/// codec must decode each to the same value and encode the value to the same registers.
/// </summary>
public class CodecPymodbusCrossCheckTests
{
    private const string Script = """
        import random, struct, sys
        from pymodbus.constants import Endian
        from pymodbus.payload import BinaryPayloadBuilder

        ORDERS = {"ABCD": (Endian.Big, Endian.Big), "CDAB": (Endian.Big, Endian.Little),
                  "BADC": (Endian.Little, Endian.Big), "DCBA": (Endian.Little, Endian.Little)}
        # Engineering values are doubles, so 64-bit integers are drawn within +-2^53 plus the exact extremes.
        TYPES = {
            "Int16": ("add_16bit_int", lambda r: r.randint(-2**15, 2**15 - 1), [-2**15, 2**15 - 1]),
            "UInt16": ("add_16bit_uint", lambda r: r.randint(0, 2**16 - 1), [0, 2**16 - 1]),
            "Int32": ("add_32bit_int", lambda r: r.randint(-2**31, 2**31 - 1), [-2**31, 2**31 - 1]),
            "UInt32": ("add_32bit_uint", lambda r: r.randint(0, 2**32 - 1), [0, 2**32 - 1]),
            "Int64": ("add_64bit_int", lambda r: r.randint(-2**53, 2**53), [-2**63, 2**62]),
            "UInt64": ("add_64bit_uint", lambda r: r.randint(0, 2**53), [0, 2**63]),
            "Float16": ("add_16bit_float", lambda r: r.uniform(-65504, 65504), [65504.0, -0.0]),
            "Float32": ("add_32bit_float", lambda r: r.uniform(-1, 1) * 10 ** r.randint(-30, 30), [3.4028234663852886e38]),
            "Float64": ("add_64bit_float", lambda r: r.uniform(-1, 1) * 10 ** r.randint(-300, 300), [1.7976931348623157e308, 5e-324]),
        }
        FORMATS = {"Float16": ">e", "Float32": ">f"}
        rnd = random.Random(int(sys.argv[1]))
        for name, (method, draw, extremes) in TYPES.items():
            orders = ORDERS if "16" not in name else {"AB": (Endian.Big, Endian.Big), "BA": (Endian.Little, Endian.Big)}
            for order, (byteorder, wordorder) in orders.items():
                for value in extremes + [draw(rnd) for _ in range(200)]:
                    builder = BinaryPayloadBuilder(byteorder=byteorder, wordorder=wordorder)
                    getattr(builder, method)(value)
                    if name in FORMATS:
                        value = struct.unpack(FORMATS[name], struct.pack(FORMATS[name], value))[0]
                    registers = " ".join(str(r) for r in builder.to_registers())
                    print(f"{name};{order};{value!r};{registers}")
        """;

    [Fact]
    public async Task Codec_agrees_with_pymodbus_in_every_byte_order()
    {
        var lines = await RunPythonAsync(Script, seed: 20261122);

        Assert.True(lines.Count > 4000, $"pymodbus produced only {lines.Count} vectors");
        var checkedTypes = new HashSet<string>();
        foreach (var line in lines)
        {
            var fields = line.Split(';');
            var encoding = new PointEncoding(ModbusText.ParseDataType(fields[0]), ModbusText.ParseByteOrder(fields[1]));
            var value = double.Parse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture);
            var registers = fields[3].Split(' ').Select(ushort.Parse).ToArray();
            var written = new ushort[encoding.RegisterCount];

            var decoded = PointCodec.Decode(registers, encoding);
            var encodedOk = PointCodec.TryEncode(PointValue.FromNumber(value), encoding, written, out var error);

            if (decoded != PointValue.FromNumber(value) || !encodedOk || !written.AsSpan().SequenceEqual(registers))
            {
                Assert.Fail($"{line}: decoded {decoded}, encoded {string.Join(" ", written)} {error}");
            }

            checkedTypes.Add($"{fields[0]} {fields[1]}");
        }

        // 6 types in 4 orders, 3 types in 2 orders.
        Assert.Equal(30, checkedTypes.Count);
    }

    private static async Task<List<string>> RunPythonAsync(string script, int seed)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var start = new ProcessStartInfo("/usr/bin/python3", ["-", seed.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start /usr/bin/python3.");
        await process.StandardInput.WriteAsync(script.AsMemory(), timeout.Token);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"python3 exited with {process.ExitCode}: {await errors}");
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }
}
