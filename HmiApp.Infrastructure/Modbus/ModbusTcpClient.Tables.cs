using HmiApp.Domain.Modbus;

namespace HmiApp.Infrastructure.Modbus;

public sealed partial class ModbusTcpClient
{
    /// <summary>Reads holding or input registers, chosen by <paramref name="table"/>.</summary>
    public ValueTask ReadRegistersAsync(ModbusTable table, byte unitId, ushort address, Memory<ushort> destination, CancellationToken cancellationToken = default) => table switch
    {
        ModbusTable.HoldingRegisters => ReadHoldingRegistersAsync(unitId, address, destination, cancellationToken),
        ModbusTable.InputRegisters => ReadInputRegistersAsync(unitId, address, destination, cancellationToken),
        _ => throw new ArgumentException($"{table} holds bits, not registers: read it with {nameof(ReadBitsAsync)}.", nameof(table)),
    };

    /// <summary>Reads coils or discrete inputs, chosen by <paramref name="table"/>.</summary>
    public ValueTask ReadBitsAsync(ModbusTable table, byte unitId, ushort address, Memory<bool> destination, CancellationToken cancellationToken = default) => table switch
    {
        ModbusTable.Coils => ReadCoilsAsync(unitId, address, destination, cancellationToken),
        ModbusTable.DiscreteInputs => ReadDiscreteInputsAsync(unitId, address, destination, cancellationToken),
        _ => throw new ArgumentException($"{table} holds registers, not bits: read it with {nameof(ReadRegistersAsync)}.", nameof(table)),
    };
}
