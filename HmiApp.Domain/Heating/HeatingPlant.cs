namespace HmiApp.Domain.Heating;

/// <summary>
/// The installation as the gateway's registers describe it. A zone, mixed circuit, dehumidifier or pump is part
/// of it once the base station has written its registers; globals are always part of it (stale until written).
/// </summary>
public sealed record HeatingPlant(
    DateTimeOffset TakenAt,
    HeatingOperation Operation,
    HeatingNotifications Notifications,
    OutsideTemperature Outside,
    IReadOnlyList<HeatingZone> Zones,
    IReadOnlyList<MixedCircuit> MixedCircuits,
    IReadOnlyList<HeatingUnit> Dehumidifiers,
    IReadOnlyList<HeatingUnit> ExtraPumps)
{
    private const ushort NoValue = 0x7FFF;

    public static HeatingPlant From(HeatingRegisterSnapshot registers, TimeSpan staleAfter)
    {
        ArgumentNullException.ThrowIfNull(registers);
        var now = registers.TakenAt;
        Freshness FreshnessOf(params ReadOnlySpan<ushort> addresses) => Freshness.Of(registers.LastBusWrite(addresses), now, staleAfter);

        var operation = new HeatingOperation(
            AsEnum<OperatingMode>(registers[HeatingRegisterMap.OperatingMode]),
            AsEnum<OperatingState>(registers[HeatingRegisterMap.OperatingState]),
            FreshnessOf(HeatingRegisterMap.OperatingMode, HeatingRegisterMap.OperatingState));
        var notifications = new HeatingNotifications(
            Flag(registers, HeatingRegisterMap.ErrorsPresent),
            Flag(registers, HeatingRegisterMap.WarningsPresent),
            Flag(registers, HeatingRegisterMap.HintsPresent),
            FreshnessOf(HeatingRegisterMap.ErrorsPresent, HeatingRegisterMap.WarningsPresent, HeatingRegisterMap.HintsPresent));
        var outside = new OutsideTemperature(
            Temperature(registers, HeatingRegisterMap.OutsideTemperature),
            Temperature(registers, HeatingRegisterMap.FilteredOutsideTemperature),
            FreshnessOf(HeatingRegisterMap.OutsideTemperature, HeatingRegisterMap.FilteredOutsideTemperature));

        return new HeatingPlant(now, operation, notifications, outside, ReadZones(registers, now, staleAfter), ReadMixedCircuits(registers, now, staleAfter),
            ReadUnits(registers, HeatingRegisterMap.DehumidifierCount, HeatingRegisterMap.Dehumidifier, now, staleAfter),
            ReadUnits(registers, HeatingRegisterMap.ExtraPumpCount, HeatingRegisterMap.ExtraPump, now, staleAfter));
    }

    public HeatingZone? Zone(ZoneId id) => Zones.FirstOrDefault(z => z.Id == id);

    /// <summary>
    /// A zone exists once the bus wrote one of its registers with something other than 0 or "no value" in its
    /// state, setpoint or temperature: a base station writes the whole block of every zone it has.
    /// </summary>
    private static List<HeatingZone> ReadZones(HeatingRegisterSnapshot registers, DateTimeOffset now, TimeSpan staleAfter)
    {
        var zones = new List<HeatingZone>();
        for (var b = HeatingRegisterMap.FirstBase; b <= HeatingRegisterMap.LastBase; b++)
        {
            for (var z = HeatingRegisterMap.FirstZone; z <= HeatingRegisterMap.LastZone; z++)
            {
                var id = new ZoneId(b, z);
                var state = id.Address(ZoneRegister.State);
                var setpoint = id.Address(ZoneRegister.Setpoint);
                var temperature = id.Address(ZoneRegister.CurrentTemperature);
                var humidity = id.Address(ZoneRegister.RelativeHumidity);
                var lastBusWrite = registers.LastBusWrite(state, setpoint, temperature, humidity);
                var holdsData = HoldsData(registers[state]) || HoldsData(registers[setpoint]) || HoldsData(registers[temperature]);
                if (lastBusWrite is null || !holdsData)
                {
                    continue;
                }

                zones.Add(new HeatingZone(
                    id,
                    AsEnum<OperatingState>(registers[state]),
                    Temperature(registers, setpoint),
                    Temperature(registers, temperature),
                    registers[humidity] is 0 or NoValue ? null : registers[humidity],
                    Freshness.Of(lastBusWrite, now, staleAfter)));
            }
        }

        return zones;
    }

    private static List<MixedCircuit> ReadMixedCircuits(HeatingRegisterSnapshot registers, DateTimeOffset now, TimeSpan staleAfter)
    {
        var circuits = new List<MixedCircuit>();
        for (var n = 1; n <= HeatingRegisterMap.MixedCircuitCount; n++)
        {
            var valve = HeatingRegisterMap.MixedCircuit(n, MixedCircuitRegister.ValveOpening);
            var pump = HeatingRegisterMap.MixedCircuit(n, MixedCircuitRegister.PumpState);
            var flow = HeatingRegisterMap.MixedCircuit(n, MixedCircuitRegister.FlowTemperature);
            var back = HeatingRegisterMap.MixedCircuit(n, MixedCircuitRegister.ReturnTemperature);
            var lastBusWrite = registers.LastBusWrite(valve, pump, flow, back);
            if (lastBusWrite is null)
            {
                continue;
            }

            circuits.Add(new MixedCircuit(
                n,
                Unset(registers, valve) || registers[valve] == NoValue ? null : registers[valve],
                Flag(registers, pump),
                Temperature(registers, flow),
                Temperature(registers, back),
                Freshness.Of(lastBusWrite, now, staleAfter)));
        }

        return circuits;
    }

    private static List<HeatingUnit> ReadUnits(HeatingRegisterSnapshot registers, int count, Func<int, ushort> address, DateTimeOffset now, TimeSpan staleAfter)
    {
        var units = new List<HeatingUnit>();
        for (var n = 1; n <= count; n++)
        {
            var register = address(n);
            if (registers.LastBusWrite(register) is { } lastBusWrite)
            {
                units.Add(new HeatingUnit(n, registers[register] is not (0 or NoValue), Freshness.Of(lastBusWrite, now, staleAfter)));
            }
        }

        return units;
    }

    /// <summary>A register that still holds 0 and that the bus never wrote was never set: no value, not 0 °C or "off".</summary>
    private static bool Unset(HeatingRegisterSnapshot registers, ushort address) => registers[address] == 0 && registers.LastBusWrite(address) is null;

    private static double? Temperature(HeatingRegisterSnapshot registers, ushort address) =>
        Unset(registers, address) ? null : HeatingTemperature.Decode(registers[address]);

    private static bool? Flag(HeatingRegisterSnapshot registers, ushort address) =>
        Unset(registers, address) || registers[address] == NoValue ? null : registers[address] != 0;

    private static bool HoldsData(ushort raw) => raw is not (0 or NoValue);

    private static TEnum? AsEnum<TEnum>(ushort raw)
        where TEnum : struct, Enum =>
        Enum.IsDefined(typeof(TEnum), (int)raw) ? (TEnum)Enum.ToObject(typeof(TEnum), (int)raw) : null;
}
