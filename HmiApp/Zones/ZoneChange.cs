using HmiApp.Domain.Heating;

namespace HmiApp.Zones;

/// <summary>A change to one zone as the operator confirms it: the command and its old and new value as text.</summary>
public sealed record ZoneChange(HeatingCommand Command, string Old, string New)
{
    public static ZoneChange Setpoint(HeatingZone zone, double setpoint) =>
        new(new ZoneSetpointCommand(zone.Id, setpoint), HeatingText.Temperature(zone.Setpoint), HeatingText.Temperature(setpoint));

    public static ZoneChange State(HeatingZone zone, OperatingState state) =>
        new(new ZoneStateCommand(zone.Id, state), HeatingText.State(zone.State), HeatingText.State(state));
}
