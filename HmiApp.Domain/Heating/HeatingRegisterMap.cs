namespace HmiApp.Domain.Heating;

/// <summary>
/// Holding-register addresses (zero-based) of the Rehau Nea Smart 2.0 system bus, as the base station writes and
/// reads them on its gateway.
/// </summary>
public static class HeatingRegisterMap
{
    public const int FirstBase = 1;
    public const int LastBase = 5;
    public const int FirstZone = 1;
    public const int LastZone = 12;
    public const int MixedCircuitCount = 3;
    public const int DehumidifierCount = 9;
    public const int ExtraPumpCount = 5;

    public const ushort OperatingMode = 1;
    public const ushort OperatingState = 2;
    public const ushort ErrorsPresent = 3;
    public const ushort WarningsPresent = 5;
    public const ushort HintsPresent = 6;
    public const ushort OutsideTemperature = 7;
    public const ushort FilteredOutsideTemperature = 8;

    private const int RegistersPerBase = 1200;
    private const int RegistersPerZone = 100;
    private const int FirstMixedCircuitAddress = 10;
    private const int RegistersPerMixedCircuit = 4;
    private const int DehumidifierOffset = 21;
    private const int ExtraPumpOffset = 30;

    /// <summary>
    /// Registers the gateway holds: up to the end of the last zone's block of 100, so every offset a base station
    /// may use within a zone has a register (base 5 zone 12 starts at 6000).
    /// </summary>
    public const int BankSize = ((LastBase - 1) * RegistersPerBase) + (LastZone * RegistersPerZone) + RegistersPerZone;

    /// <summary>(base - 1) · 1200 + zone · 100 + offset.</summary>
    public static ushort Zone(int baseStation, int zone, ZoneRegister register)
    {
        if (baseStation is < FirstBase or > LastBase)
        {
            throw new ArgumentOutOfRangeException(nameof(baseStation), baseStation, $"Base must be {FirstBase}..{LastBase}, was {baseStation}.");
        }

        if (zone is < FirstZone or > LastZone)
        {
            throw new ArgumentOutOfRangeException(nameof(zone), zone, $"Zone must be {FirstZone}..{LastZone}, was {zone}.");
        }

        if (!Enum.IsDefined(register))
        {
            throw new ArgumentOutOfRangeException(nameof(register), register, "Unknown zone register.");
        }

        return (ushort)(((baseStation - 1) * RegistersPerBase) + (zone * RegistersPerZone) + (int)register);
    }

    /// <summary>Mixed circuit 1, 2 or 3 starts at 10, 14 or 18.</summary>
    public static ushort MixedCircuit(int circuit, MixedCircuitRegister register)
    {
        if (circuit is < 1 or > MixedCircuitCount)
        {
            throw new ArgumentOutOfRangeException(nameof(circuit), circuit, $"Mixed circuit must be 1..{MixedCircuitCount}, was {circuit}.");
        }

        if (!Enum.IsDefined(register))
        {
            throw new ArgumentOutOfRangeException(nameof(register), register, "Unknown mixed-circuit register.");
        }

        return (ushort)(FirstMixedCircuitAddress + ((circuit - 1) * RegistersPerMixedCircuit) + (int)register);
    }

    /// <summary>Dehumidifier n (1-9) at n + 21.</summary>
    public static ushort Dehumidifier(int number)
    {
        if (number is < 1 or > DehumidifierCount)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"Dehumidifier must be 1..{DehumidifierCount}, was {number}.");
        }

        return (ushort)(number + DehumidifierOffset);
    }

    /// <summary>Extra pump n (1-5) at n + 30.</summary>
    public static ushort ExtraPump(int number)
    {
        if (number is < 1 or > ExtraPumpCount)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"Extra pump must be 1..{ExtraPumpCount}, was {number}.");
        }

        return (ushort)(number + ExtraPumpOffset);
    }

    /// <summary>
    /// Registers the HMI writes as commands: a bus write of one of them shortly after an HMI write is the base
    /// station echoing a stale value, not news.
    /// </summary>
    public static bool IsCommandRegister(int address) =>
        address is OperatingMode or OperatingState
        || (TryLocateZone(address, out _, out var offset) && offset is (int)ZoneRegister.State or (int)ZoneRegister.Setpoint);

    /// <summary>The zone whose block of 100 holds <paramref name="address"/>, and the offset within it.</summary>
    public static bool TryLocateZone(int address, out ZoneId zone, out int offset)
    {
        if (address < RegistersPerZone || address >= BankSize)
        {
            zone = default;
            offset = 0;
            return false;
        }

        // Blocks of 100 from 100 on run zone 1..12 of base 1, then of base 2, ...: block k is zone ((k-1) mod 12) + 1.
        var block = (address / RegistersPerZone) - 1;
        zone = new ZoneId((block / LastZone) + 1, (block % LastZone) + 1);
        offset = address % RegistersPerZone;
        return true;
    }
}
