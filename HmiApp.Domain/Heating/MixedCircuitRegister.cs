namespace HmiApp.Domain.Heating;

/// <summary>Offset of a register within a mixed circuit's block of four.</summary>
public enum MixedCircuitRegister
{
    ValveOpening = 0,
    PumpState = 1,
    FlowTemperature = 2,
    ReturnTemperature = 3,
}
