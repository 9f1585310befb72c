namespace HmiApp.Domain.Modbus;

public static class ModbusTableExtensions
{
    /// <summary>True for the tables addressed in bits (coils, discrete inputs), false for register tables.</summary>
    public static bool IsBitTable(this ModbusTable table) => table switch
    {
        ModbusTable.Coils or ModbusTable.DiscreteInputs => true,
        ModbusTable.InputRegisters or ModbusTable.HoldingRegisters => false,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Unknown Modbus table."),
    };

    /// <summary>True for the tables a client may write (coils, holding registers).</summary>
    public static bool IsWritable(this ModbusTable table) => table switch
    {
        ModbusTable.Coils or ModbusTable.HoldingRegisters => true,
        ModbusTable.DiscreteInputs or ModbusTable.InputRegisters => false,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Unknown Modbus table."),
    };
}
