namespace HmiApp.Domain.Alarms;

/// <summary>The condition an alarm definition watches.</summary>
public enum AlarmKind
{
    High,
    HighHigh,
    Low,
    LowLow,

    /// <summary>|point − setpoint point| above the limit.</summary>
    Deviation,

    /// <summary>|change per minute| above the limit.</summary>
    RateOfChange,

    /// <summary>The point's value compared with a constant (a pump's run status, a trip bit).</summary>
    Discrete,

    /// <summary>The point's quality is Bad.</summary>
    BadQuality,

    /// <summary>The device the point is read from does not answer.</summary>
    CommunicationLost,
}
