namespace HmiApp.Infrastructure.Simulation.Heating;

/// <summary>
/// The Nea Smart 2.0 system-bus addresses the base station uses (holding registers, zero-based), as
/// published for the gateway this product replaces. The gateway's own domain model (HmiApp.Domain)
/// states the same facts for the HMI side; this copy is the base station's view on purpose, so a
/// mistake in one cannot hide in the other.
/// </summary>
public static class NeaSmartRegisters
{
    public const ushort OperatingMode = 1;
    public const ushort OperatingState = 2;
    public const ushort OutsideTemperature = 7;
    public const ushort FilteredOutsideTemperature = 8;

    public static ushort Zone(int baseNumber, int zone) => (ushort)(((baseNumber - 1) * 1200) + (zone * 100));

    public static ushort ZoneState(int baseNumber, int zone) => Zone(baseNumber, zone);

    public static ushort ZoneSetpoint(int baseNumber, int zone) => (ushort)(Zone(baseNumber, zone) + 1);

    public static ushort ZoneTemperature(int baseNumber, int zone) => (ushort)(Zone(baseNumber, zone) + 2);

    public static ushort ZoneHumidity(int baseNumber, int zone) => (ushort)(Zone(baseNumber, zone) + 10);

    /// <summary>Mixed circuit 1..3: valve opening %, pump state, flow and return temperature.</summary>
    public static ushort MixedCircuit(int circuit) => (ushort)(10 + ((circuit - 1) * 4));
}
