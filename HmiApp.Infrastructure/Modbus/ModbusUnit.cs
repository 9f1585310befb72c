namespace HmiApp.Infrastructure.Modbus;

/// <summary>A unit assembled from four banks; <see cref="InMemory"/> gives one backed by plain arrays.</summary>
public sealed class ModbusUnit(IRegisterBank holdingRegisters, IRegisterBank inputRegisters, IBitBank coils, IBitBank discreteInputs) : IModbusUnit
{
    public IRegisterBank HoldingRegisters { get; } = holdingRegisters ?? throw new ArgumentNullException(nameof(holdingRegisters));

    public IRegisterBank InputRegisters { get; } = inputRegisters ?? throw new ArgumentNullException(nameof(inputRegisters));

    public IBitBank Coils { get; } = coils ?? throw new ArgumentNullException(nameof(coils));

    public IBitBank DiscreteInputs { get; } = discreteInputs ?? throw new ArgumentNullException(nameof(discreteInputs));

    public static ModbusUnit InMemory(int size = 65536) =>
        new(new MemoryRegisterBank(size), new MemoryRegisterBank(size), new MemoryBitBank(size), new MemoryBitBank(size));
}
