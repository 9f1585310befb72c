using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Modbus;

namespace HmiApp.Infrastructure.Simulation.Devices;

/// <summary>Puts engineering values into a simulated unit's tables with the product's own codec.</summary>
public static class RegisterWriter
{
    public static void Write(IModbusUnit unit, SimulatedRegister register, PointValue value)
    {
        if (register.Table is ModbusTable.Coils or ModbusTable.DiscreteInputs)
        {
            if (!PointCodec.TryEncodeBoolean(value, register.Encoding, out var state, out var bitError))
            {
                throw new InvalidOperationException($"{register.Name}: {bitError}");
            }

            unit.Bits(register.Table).Write(register.Address, [state]);
            return;
        }

        Span<ushort> words = stackalloc ushort[register.Encoding.RegisterCount];
        if (register.Encoding.DataType == PointDataType.Bit)
        {
            // A bit point shares its register with others: change only its own bit.
            unit.Registers(register.Table).Read(register.Address, words);
        }

        if (!PointCodec.TryEncode(value, register.Encoding, words, out var error))
        {
            throw new InvalidOperationException($"{register.Name}: {error}");
        }

        unit.Registers(register.Table).Write(register.Address, words);
    }

    public static PointValue Read(IModbusUnit unit, SimulatedRegister register)
    {
        if (register.Table is ModbusTable.Coils or ModbusTable.DiscreteInputs)
        {
            Span<bool> bit = stackalloc bool[1];
            unit.Bits(register.Table).Read(register.Address, bit);
            return PointCodec.DecodeBoolean(bit[0], register.Encoding);
        }

        Span<ushort> words = stackalloc ushort[register.Encoding.RegisterCount];
        unit.Registers(register.Table).Read(register.Address, words);
        return PointCodec.Decode(words, register.Encoding);
    }
}
