namespace HmiApp.Domain.Modbus;

public static class ByteOrderExtensions
{
    /// <summary>True when the least significant register comes first (CDAB, DCBA; BA has only one register).</summary>
    public static bool SwapsWords(this ByteOrder order) => order is ByteOrder.CDAB or ByteOrder.DCBA;

    /// <summary>True when each register carries its low byte first (BA, BADC, DCBA).</summary>
    public static bool SwapsBytes(this ByteOrder order) => order is ByteOrder.BA or ByteOrder.BADC or ByteOrder.DCBA;
}
