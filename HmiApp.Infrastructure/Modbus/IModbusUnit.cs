namespace HmiApp.Infrastructure.Modbus;

/// <summary>One unit id served by <see cref="ModbusTcpServer"/>: its four Modbus tables.</summary>
public interface IModbusUnit
{
    IRegisterBank HoldingRegisters { get; }

    IRegisterBank InputRegisters { get; }

    IBitBank Coils { get; }

    IBitBank DiscreteInputs { get; }
}
