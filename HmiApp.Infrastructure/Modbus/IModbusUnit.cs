using HmiApp.Domain.Modbus;

namespace HmiApp.Infrastructure.Modbus;

/// <summary>One unit id served by <see cref="ModbusTcpServer"/>: its four Modbus tables.</summary>
public interface IModbusUnit
{
    IRegisterBank HoldingRegisters { get; }

    IRegisterBank InputRegisters { get; }

    IBitBank Coils { get; }

    IBitBank DiscreteInputs { get; }

    /// <summary>The register bank behind <paramref name="table"/>.</summary>
    IRegisterBank Registers(ModbusTable table) => table switch
    {
        ModbusTable.HoldingRegisters => HoldingRegisters,
        ModbusTable.InputRegisters => InputRegisters,
        _ => throw new ArgumentException($"{table} holds bits, not registers.", nameof(table)),
    };

    /// <summary>The bit bank behind <paramref name="table"/>.</summary>
    IBitBank Bits(ModbusTable table) => table switch
    {
        ModbusTable.Coils => Coils,
        ModbusTable.DiscreteInputs => DiscreteInputs,
        _ => throw new ArgumentException($"{table} holds registers, not bits.", nameof(table)),
    };
}
