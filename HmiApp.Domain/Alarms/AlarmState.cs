namespace HmiApp.Domain.Alarms;

/// <summary>The states of ANSI/ISA-18.2 (IEC 62682) an alarm can be in.</summary>
public enum AlarmState
{
    /// <summary>Condition normal, nothing to acknowledge.</summary>
    Normal,

    /// <summary>UNACK: active and not yet acknowledged; annunciated.</summary>
    Unacknowledged,

    /// <summary>ACKED: active and acknowledged.</summary>
    Acknowledged,

    /// <summary>RTNUN: returned to normal before anyone acknowledged it.</summary>
    ReturnedUnacknowledged,

    /// <summary>Hidden by an operator, with a reason and an expiry.</summary>
    Shelved,

    /// <summary>Hidden by design: the definition's suppression condition holds.</summary>
    SuppressedByDesign,

    /// <summary>Taken out of service by an engineer, with a reason.</summary>
    OutOfService,
}
