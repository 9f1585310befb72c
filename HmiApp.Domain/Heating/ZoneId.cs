namespace HmiApp.Domain.Heating;

/// <summary>A zone of the installation: base station 1-5 and zone 1-12 on that base.</summary>
public readonly record struct ZoneId
{
    public ZoneId(int baseStation, int zone)
    {
        if (baseStation is < HeatingRegisterMap.FirstBase or > HeatingRegisterMap.LastBase)
        {
            throw new ArgumentOutOfRangeException(nameof(baseStation), baseStation, $"Base must be {HeatingRegisterMap.FirstBase}..{HeatingRegisterMap.LastBase}, was {baseStation}.");
        }

        if (zone is < HeatingRegisterMap.FirstZone or > HeatingRegisterMap.LastZone)
        {
            throw new ArgumentOutOfRangeException(nameof(zone), zone, $"Zone must be {HeatingRegisterMap.FirstZone}..{HeatingRegisterMap.LastZone}, was {zone}.");
        }

        Base = baseStation;
        Zone = zone;
    }

    public int Base { get; }

    public int Zone { get; }

    public static bool IsValid(int baseStation, int zone) =>
        baseStation is >= HeatingRegisterMap.FirstBase and <= HeatingRegisterMap.LastBase
        && zone is >= HeatingRegisterMap.FirstZone and <= HeatingRegisterMap.LastZone;

    public ushort Address(ZoneRegister register) => HeatingRegisterMap.Zone(Base, Zone, register);

    public override string ToString() => $"base {Base} zone {Zone}";
}
