namespace HmiApp.Domain.Heating;

/// <summary>Offset of a register within a zone's block of 100 (see <see cref="HeatingRegisterMap.Zone"/>).</summary>
public enum ZoneRegister
{
    State = 0,
    Setpoint = 1,
    CurrentTemperature = 2,
    RelativeHumidity = 10,
}
