namespace HmiApp.Domain.Modbus;

/// <summary>
/// Largest request a device accepts, per function family. Defaults are the Modbus spec maxima; many devices
/// (gateways, older PLCs) accept less and set lower values here.
/// </summary>
public sealed record ModbusDeviceLimits
{
    /// <summary>FC3/FC4 maximum quantity of registers (Modbus Application Protocol v1.1b3, 6.3/6.4).</summary>
    public const int SpecMaxReadRegisters = 125;

    /// <summary>FC1/FC2 maximum quantity of bits.</summary>
    public const int SpecMaxReadBits = 2000;

    /// <summary>FC16 maximum quantity of registers.</summary>
    public const int SpecMaxWriteRegisters = 123;

    /// <summary>FC15 maximum quantity of coils.</summary>
    public const int SpecMaxWriteBits = 1968;

    public static ModbusDeviceLimits Spec { get; } = new();

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a limit is below 1 or above the spec maximum.</summary>
    public ModbusDeviceLimits(
        int maxReadRegisters = SpecMaxReadRegisters,
        int maxReadBits = SpecMaxReadBits,
        int maxWriteRegisters = SpecMaxWriteRegisters,
        int maxWriteBits = SpecMaxWriteBits)
    {
        MaxReadRegisters = InRange(maxReadRegisters, SpecMaxReadRegisters, nameof(maxReadRegisters), "FC3/FC4");
        MaxReadBits = InRange(maxReadBits, SpecMaxReadBits, nameof(maxReadBits), "FC1/FC2");
        MaxWriteRegisters = InRange(maxWriteRegisters, SpecMaxWriteRegisters, nameof(maxWriteRegisters), "FC16");
        MaxWriteBits = InRange(maxWriteBits, SpecMaxWriteBits, nameof(maxWriteBits), "FC15");
    }

    public int MaxReadRegisters { get; }

    public int MaxReadBits { get; }

    public int MaxWriteRegisters { get; }

    public int MaxWriteBits { get; }

    /// <summary>Largest read of <paramref name="table"/>, in registers or bits.</summary>
    public int MaxRead(ModbusTable table) => table.IsBitTable() ? MaxReadBits : MaxReadRegisters;

    /// <summary>Largest multiple write to <paramref name="table"/>, in registers or bits.</summary>
    public int MaxWrite(ModbusTable table) => table.IsBitTable() ? MaxWriteBits : MaxWriteRegisters;

    private static int InRange(int value, int specMax, string name, string function) =>
        value is >= 1 && value <= specMax
            ? value
            : throw new ArgumentOutOfRangeException(
                name, value, $"{name} {value} is out of range: {function} allows 1..{specMax}.");
}
