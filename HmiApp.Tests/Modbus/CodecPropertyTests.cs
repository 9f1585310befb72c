using HmiApp.Domain.Modbus;

namespace HmiApp.Tests.Modbus;

/// <summary>
/// Round-trip properties over random values (fixed seeds). The strongest one: registers -&gt; decode -&gt; encode
/// gives back the same registers, i.e. encoding is the exact inverse of decoding, with and without scaling.
/// </summary>
public class CodecPropertyTests
{
    private const int ValuesPerCase = 500;

    private static readonly double[] Scales = [1.0, 0.1, 0.01, 0.5, -2.0, 10.0, 0.001];
    private static readonly double[] Offsets = [0.0, -40.0, 273.15, 1000.5];

    public static TheoryData<PointDataType, ByteOrder> IntegerTypesAndOrders() => TypesAndOrders(
        PointDataType.Int8L, PointDataType.Int8H, PointDataType.UInt8L, PointDataType.UInt8H,
        PointDataType.Int16, PointDataType.UInt16, PointDataType.Int32, PointDataType.UInt32,
        PointDataType.Int64, PointDataType.UInt64);

    public static TheoryData<PointDataType, ByteOrder> FloatTypesAndOrders() =>
        TypesAndOrders(PointDataType.Float16, PointDataType.Float32, PointDataType.Float64);

    [Theory]
    [MemberData(nameof(IntegerTypesAndOrders))]
    public void Integer_registers_survive_decode_then_encode_with_any_scaling(PointDataType type, ByteOrder order)
    {
        var random = new Random(HashCode.Combine((int)type, (int)order));
        foreach (var scale in Scales)
        {
            foreach (var offset in Offsets)
            {
                var encoding = new PointEncoding(type, order, scale: scale, offset: offset);
                for (var i = 0; i < ValuesPerCase; i++)
                {
                    var registers = RandomRegisters(random, encoding.RegisterCount);
                    if (encoding.RegisterCount == 4)
                    {
                        // Engineering values are doubles: keep 64-bit raws within 2^40 so that scaling is exact
                        // enough to find the raw value again (beyond 2^53 even unscaled doubles lose integers).
                        LimitMagnitude(registers, order, type == PointDataType.Int64, bits: 40);
                    }

                    AssertRoundTrip(encoding, registers);
                }
            }
        }
    }

    [Theory]
    [InlineData(PointDataType.Int64)]
    [InlineData(PointDataType.UInt64)]
    public void Unscaled_64_bit_integers_survive_up_to_2_pow_53(PointDataType type)
    {
        var random = new Random((int)type);
        var encoding = new PointEncoding(type, ByteOrder.CDAB);
        for (var i = 0; i < ValuesPerCase; i++)
        {
            var registers = RandomRegisters(random, 4);
            LimitMagnitude(registers, ByteOrder.CDAB, type == PointDataType.Int64, bits: 53);

            AssertRoundTrip(encoding, registers);
        }
    }

    [Theory]
    [MemberData(nameof(FloatTypesAndOrders))]
    public void Float_registers_survive_decode_then_encode(PointDataType type, ByteOrder order)
    {
        var random = new Random(HashCode.Combine((int)type, (int)order, 7));
        var encoding = new PointEncoding(type, order);
        for (var i = 0; i < ValuesPerCase * 4; i++)
        {
            var registers = RandomRegisters(random, encoding.RegisterCount);
            var value = PointCodec.Decode(registers, encoding);
            if (!double.IsFinite(value.Number))
            {
                continue; // NaN and infinities are refused on write by design.
            }

            AssertRoundTrip(encoding, registers);
        }
    }

    [Theory]
    [InlineData(PointDataType.Float32, 1e30)]
    [InlineData(PointDataType.Float64, 1e300)]
    [InlineData(PointDataType.Float16, 60000.0)]
    public void Float_values_read_back_as_the_nearest_value_of_the_type(PointDataType type, double magnitude)
    {
        var random = new Random((int)type);
        foreach (var scale in Scales)
        {
            var encoding = new PointEncoding(type, scale: scale, offset: 0);
            var registers = new ushort[encoding.RegisterCount];
            for (var i = 0; i < ValuesPerCase; i++)
            {
                var raw = (random.NextDouble() * 2 - 1) * magnitude * Math.Pow(10, -random.Next(0, 6));
                var engineering = raw * scale;

                PointCodec.Encode(PointValue.FromNumber(engineering), encoding, registers);
                var back = PointCodec.Decode(registers, encoding).Number;

                var expectedRaw = type switch
                {
                    PointDataType.Float16 => (double)(Half)(engineering / scale),
                    PointDataType.Float32 => (float)(engineering / scale),
                    _ => engineering / scale,
                };
                Assert.Equal(expectedRaw * scale, back);
            }
        }
    }

    [Fact]
    public void Every_KNX_pattern_reads_back_as_the_same_value_through_its_canonical_encoding()
    {
        for (var pattern = 0; pattern <= ushort.MaxValue; pattern++)
        {
            var value = KnxFloat16.Decode((ushort)pattern);
            if (pattern == KnxFloat16.NoValuePattern)
            {
                Assert.Null(value);
                continue;
            }

            if (!KnxFloat16.TryEncode(value!.Value, out var canonical, out var error)
                || KnxFloat16.Decode(canonical) != value
                || Exponent(canonical) > Exponent((ushort)pattern))
            {
                Assert.Fail($"0x{pattern:X4} = {value} re-encoded as 0x{canonical:X4} ({error})");
            }
        }
    }

    [Fact]
    public void KNX_encoding_is_within_half_a_step_and_uses_the_smallest_exponent()
    {
        var random = new Random(9001);
        for (var i = 0; i < ValuesPerCase * 20; i++)
        {
            var value = KnxFloat16.MinValue + random.NextDouble() * (KnxFloat16.MaxWritableValue - KnxFloat16.MinValue);
            value /= Math.Pow(2, random.Next(0, 16)); // spread over every exponent

            if (!KnxFloat16.TryEncode(value, out var raw, out var error))
            {
                Assert.Fail($"{value}: {error}");
            }

            var exponent = Exponent(raw);
            var step = 0.01 * (1 << exponent);
            if (Math.Abs(KnxFloat16.Decode(raw)!.Value - value) > step / 2 + 1e-9)
            {
                Assert.Fail($"{value} -> 0x{raw:X4} is more than half a step away");
            }

            var mantissaOneDown = Math.Round(value * 100 / (1 << Math.Max(exponent - 1, 0)), MidpointRounding.ToEven);
            if (exponent > 0 && mantissaOneDown is >= -2048 and <= 2047)
            {
                Assert.Fail($"{value} -> 0x{raw:X4} could use exponent {exponent - 1}");
            }
        }
    }

    [Fact]
    public void Strings_survive_encode_then_decode()
    {
        var random = new Random(42);
        foreach (var order in new[] { ByteOrder.AB, ByteOrder.BA })
        {
            for (var i = 0; i < ValuesPerCase; i++)
            {
                var encoding = new PointEncoding(PointDataType.String, order, stringRegisters: random.Next(1, 20));
                var chars = new char[random.Next(0, encoding.StringRegisters * 2 + 1)];
                for (var c = 0; c < chars.Length; c++)
                {
                    chars[c] = (char)random.Next(1, 256);
                }

                var text = new string(chars);
                var registers = RandomRegisters(random, encoding.RegisterCount);

                PointCodec.Encode(PointValue.FromText(text), encoding, registers);

                Assert.Equal(text, PointCodec.Decode(registers, encoding).Text);
            }
        }
    }

    [Fact]
    public void Partial_register_writes_read_back_and_keep_the_other_bits()
    {
        var random = new Random(16);
        for (var i = 0; i < ValuesPerCase * 4; i++)
        {
            var current = (ushort)random.Next(0, 65536);
            var bit = random.Next(0, 16);
            var state = random.Next(2) == 1;
            var bitEncoding = new PointEncoding(PointDataType.Bit, bitIndex: bit);
            ushort[] registers = [current];

            PointCodec.Encode(PointValue.FromBoolean(state), bitEncoding, registers);

            Assert.Equal(state, PointCodec.Decode(registers, bitEncoding).Boolean);
            Assert.Equal(current & ~(1 << bit), registers[0] & ~(1 << bit));

            var type = (PointDataType)random.Next((int)PointDataType.Int8L, (int)PointDataType.UInt8H + 1);
            var signed = type is PointDataType.Int8L or PointDataType.Int8H;
            var value = signed ? random.Next(-128, 128) : random.Next(0, 256);
            var keptMask = type is PointDataType.Int8L or PointDataType.UInt8L ? 0xFF00 : 0x00FF;
            var byteEncoding = new PointEncoding(type);
            registers[0] = current;

            PointCodec.Encode(PointValue.FromNumber(value), byteEncoding, registers);

            Assert.Equal(value, PointCodec.Decode(registers, byteEncoding).Number);
            Assert.Equal(current & keptMask, registers[0] & keptMask);
        }
    }

    private static void AssertRoundTrip(PointEncoding encoding, ushort[] registers)
    {
        var value = PointCodec.Decode(registers, encoding);
        var written = new ushort[registers.Length];
        if (encoding.OccupiesPartOfRegister)
        {
            // The write keeps the bits the point does not own; flip the ones it owns so it must rewrite them.
            written[0] = (ushort)(registers[0] ^ OwnedBits(encoding));
        }

        // Messages are built only on failure: this runs hundreds of thousands of times.
        if (!PointCodec.TryEncode(value, encoding, written, out var error))
        {
            Assert.Fail($"{encoding}: {Hex(registers)} decoded to {value} but did not encode: {error}");
        }

        if (!registers.AsSpan().SequenceEqual(written))
        {
            Assert.Fail($"{encoding}: {Hex(registers)} decoded to {value}, encoded to {Hex(written)}");
        }
    }

    private static TheoryData<PointDataType, ByteOrder> TypesAndOrders(params PointDataType[] types)
    {
        var data = new TheoryData<PointDataType, ByteOrder>();
        foreach (var type in types)
        {
            foreach (var order in PointEncoding.AllowedByteOrders(type))
            {
                data.Add(type, order);
            }
        }

        return data;
    }

    private static ushort[] RandomRegisters(Random random, int count)
    {
        var registers = new ushort[count];
        for (var i = 0; i < count; i++)
        {
            registers[i] = (ushort)random.Next(0, 65536);
        }

        return registers;
    }

    /// <summary>Rewrites a 4-register value so that its magnitude stays below 2^bits, keeping its sign.</summary>
    private static void LimitMagnitude(ushort[] registers, ByteOrder order, bool signed, int bits)
    {
        var encoding = new PointEncoding(signed ? PointDataType.Int64 : PointDataType.UInt64, order);
        var raw = PointCodec.Decode(registers, encoding).Number;
        var limited = Math.Truncate(raw % Math.Pow(2, bits));
        PointCodec.Encode(PointValue.FromNumber(limited), encoding, registers);
    }

    private static int OwnedBits(PointEncoding encoding) => encoding.DataType switch
    {
        PointDataType.Int8L or PointDataType.UInt8L => 0x00FF,
        PointDataType.Int8H or PointDataType.UInt8H => 0xFF00,
        _ => 1 << encoding.BitIndex,
    };

    private static int Exponent(ushort pattern) => (pattern >> 11) & 0x0F;

    private static string Hex(ushort[] registers) => string.Join(" ", registers.Select(r => $"0x{r:X4}"));
}
