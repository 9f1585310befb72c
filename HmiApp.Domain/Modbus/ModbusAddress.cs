namespace HmiApp.Domain.Modbus;

/// <summary>Zero-based protocol addresses (the PDU address, not the 40001-style register number).</summary>
public static class ModbusAddress
{
    public const int Max = 65535;
}
