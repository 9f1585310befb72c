namespace HmiApp.Domain.Wells;

/// <summary>What an operator may command on a well's VSD; each is bound to a writable point.</summary>
public enum WellControl
{
    /// <summary>The VSD frequency setpoint in Hz.</summary>
    FrequencySetpoint,

    /// <summary>1 runs the motor, 0 stops it.</summary>
    RunCommand,
}
