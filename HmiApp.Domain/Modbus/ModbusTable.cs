namespace HmiApp.Domain.Modbus;

/// <summary>The four Modbus data tables. Coils and discrete inputs hold bits; the register tables hold 16-bit words.</summary>
public enum ModbusTable
{
    /// <summary>Read/write bits (FC1 read, FC5/FC15 write).</summary>
    Coils,

    /// <summary>Read-only bits (FC2).</summary>
    DiscreteInputs,

    /// <summary>Read-only 16-bit registers (FC4).</summary>
    InputRegisters,

    /// <summary>Read/write 16-bit registers (FC3 read, FC6/FC16 write).</summary>
    HoldingRegisters,
}
