namespace HmiApp.Domain.Wells;

/// <summary>A quantity that a diagnosis can test. Every member but the derived ones is a field of a reading.</summary>
public enum TelemetrySignal
{
    FlowRate,
    PumpIntakePressure,
    MotorCurrent,
    MotorTemperature,
    Vibration,
    VsdFrequency,
    FlowVariance,
    Torque,
    GasOilRatio,
    CurrentUnbalance,
    InsulationResistance,

    /// <summary>1 while the motor runs, 0 when stopped; its mean is the fraction of the window spent running.</summary>
    Running,

    /// <summary>Derived from flow rate and the well's casing and motor diameters (ft/s).</summary>
    FluidVelocityPastMotor,
}
