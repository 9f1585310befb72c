namespace HmiApp.Tests.Modbus.Net.Peers;

/// <summary>The values the peer servers put in their tables (keep in step with the .py and .c peers).</summary>
public static class PeerPattern
{
    public const int Size = 300;

    public static ushort HoldingRegister(int unit, int address) => (ushort)((address * 257) + 0x8001 + (unit * 1000));

    public static ushort InputRegister(int unit, int address) => (ushort)((address * 13) + 0x4000 + (unit * 1000));

    public static bool Coil(int unit, int address) => (address + unit) % 3 == 0;

    public static bool DiscreteInput(int unit, int address) => (address + unit) % 5 is 1 or 2;
}
