namespace HmiApp.Domain.Diagnostics;

/// <summary>Codes of the built-in tree's diagnoses; other trees may use their own.</summary>
public static class DiagnosisCodes
{
    public const string Normal = "NORMAL";
    public const string Stopped = "STOPPED";
    public const string FrequencyTransient = "FREQUENCY_TRANSIENT";
    public const string PhaseImbalance = "PHASE_IMBALANCE";
    public const string InsulationFault = "INSULATION_FAULT";
    public const string Overload = "OVERLOAD";
    public const string GasInterference = "GAS_INTERFERENCE";
    public const string GasLock = "GAS_LOCK";
    public const string BrokenShaft = "BROKEN_SHAFT";
    public const string ClosedValve = "CLOSED_VALVE";
    public const string BlockedIntake = "BLOCKED_INTAKE";
    public const string NoFlow = "NO_FLOW";
    public const string ScaleOrSolids = "SCALE_OR_SOLIDS";
    public const string PumpOff = "PUMP_OFF";
    public const string Underload = "UNDERLOAD";
    public const string TubingLeak = "TUBING_LEAK";
    public const string LowFlow = "LOW_FLOW";
    public const string MotorOverheating = "MOTOR_OVERHEATING";
    public const string MotorOverheatingLowCooling = "MOTOR_OVERHEATING_LOW_COOLING";
    public const string HighVibration = "HIGH_VIBRATION";
}
