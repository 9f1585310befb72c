using HmiApp.Domain.Modbus;

namespace HmiApp.Infrastructure.Simulation.TestDevice;

/// <summary>
/// Every data type and byte order of the codec with a known value, so that a poller's decoding can be
/// checked end to end: holding registers from address 0, one entry after the other; booleans in coils
/// and discrete inputs. The values are exactly representable in their types, so a read must equal them.
/// </summary>
public static class TestDeviceRegisterMap
{
    public const byte UnitId = 1;

    public static IReadOnlyList<(SimulatedRegister Register, PointValue Value)> Entries { get; } = Build();

    private static IReadOnlyList<(SimulatedRegister, PointValue)> Build()
    {
        var known = new (PointDataType Type, PointValue Value, int StringRegisters, int Bit)[]
        {
            (PointDataType.Int8L, PointValue.FromNumber(-100), 0, 0),
            (PointDataType.Int8H, PointValue.FromNumber(-56), 0, 0),
            (PointDataType.UInt8L, PointValue.FromNumber(200), 0, 0),
            (PointDataType.UInt8H, PointValue.FromNumber(171), 0, 0),
            (PointDataType.Int16, PointValue.FromNumber(-12345), 0, 0),
            (PointDataType.UInt16, PointValue.FromNumber(54321), 0, 0),
            (PointDataType.Int32, PointValue.FromNumber(-123456789), 0, 0),
            (PointDataType.UInt32, PointValue.FromNumber(3000000000), 0, 0),
            (PointDataType.Int64, PointValue.FromNumber(-1234567890123), 0, 0),
            (PointDataType.UInt64, PointValue.FromNumber(9007199254740991), 0, 0),
            (PointDataType.Float16, PointValue.FromNumber(-1.5), 0, 0),
            (PointDataType.Float32, PointValue.FromNumber(123.5), 0, 0),
            (PointDataType.Float64, PointValue.FromNumber(-12345.6789), 0, 0),
            (PointDataType.KnxFloat16, PointValue.FromNumber(21.5), 0, 0),
            (PointDataType.String, PointValue.FromText("HMI-TEST"), 4, 0),
            (PointDataType.Bit, PointValue.FromBoolean(true), 0, 5),
        };

        var entries = new List<(SimulatedRegister, PointValue)>();
        ushort address = 0;
        foreach (var (type, value, length, bit) in known)
        {
            foreach (var order in PointEncoding.AllowedByteOrders(type))
            {
                var encoding = new PointEncoding(type, order, stringRegisters: length, bitIndex: bit);
                var name = PointEncoding.AllowedByteOrders(type).Count > 1 ? $"{type}_{order}" : type.ToString();
                entries.Add((new SimulatedRegister(name, ModbusTable.HoldingRegisters, address, encoding, "", $"{type} {order}, known value {value}", Writable: true), value));
                address += (ushort)encoding.RegisterCount;
            }
        }

        var scaled = new PointEncoding(PointDataType.Int16, ByteOrder.AB, scale: 0.1, offset: -40);
        entries.Add((new SimulatedRegister("Int16_Scaled", ModbusTable.HoldingRegisters, address, scaled, "degC", "Int16 x 0.1 - 40, known value 21.5", Writable: true), PointValue.FromNumber(21.5)));
        var boolean = new PointEncoding(PointDataType.Boolean);
        entries.Add((new SimulatedRegister("Coil_0", ModbusTable.Coils, 0, boolean, "", "Coil, known value true", Writable: true), PointValue.FromBoolean(true)));
        entries.Add((new SimulatedRegister("Coil_1", ModbusTable.Coils, 1, boolean, "", "Coil, known value false", Writable: true), PointValue.FromBoolean(false)));
        entries.Add((new SimulatedRegister("DiscreteInput_0", ModbusTable.DiscreteInputs, 0, boolean, "", "Discrete input, known value true"), PointValue.FromBoolean(true)));
        entries.Add((new SimulatedRegister("InputRegister_Float32", ModbusTable.InputRegisters, 0, new PointEncoding(PointDataType.Float32, ByteOrder.CDAB), "", "Input register FLOAT32 CDAB, known value 42.25"), PointValue.FromNumber(42.25)));
        return entries;
    }
}
