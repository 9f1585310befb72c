namespace HmiApp.Infrastructure.Modbus;

/// <summary>Protocol maxima from the Modbus Application Protocol specification and the MBAP header.</summary>
public static class ModbusLimits
{
    public const int MbapHeaderLength = 7;

    /// <summary>Largest Modbus TCP frame: 7 bytes MBAP header plus at most 253 bytes PDU.</summary>
    public const int MaxFrameLength = 260;

    /// <summary>Largest value of the MBAP length field (unit id plus PDU).</summary>
    public const int MaxMbapLength = MaxFrameLength - 6;

    public const int MaxReadBits = 2000;
    public const int MaxReadRegisters = 125;
    public const int MaxWriteBits = 1968;
    public const int MaxWriteRegisters = 123;
    public const int MaxReadWriteReadRegisters = 125;
    public const int MaxReadWriteWriteRegisters = 121;

    public const byte BroadcastUnitId = 0;
    public const byte MaxAddressedUnitId = 247;
    public const byte NonSignificantUnitId = 255;

    /// <summary>True for 0 (broadcast), 1-247 and 255; 248-254 are reserved.</summary>
    public static bool IsValidUnitId(byte unitId) => unitId <= MaxAddressedUnitId || unitId == NonSignificantUnitId;
}
