namespace HmiApp.Infrastructure.Simulation.Devices;

/// <summary>
/// Communication faults any simulated device can be given, injected between the network and the
/// device's Modbus server so that the device itself stays correct.
/// </summary>
public enum DeviceFault
{
    /// <summary>Connections are accepted and requests read, but nothing is ever answered.</summary>
    StopAnswering,

    /// <summary>Every answer is held back (<see cref="DeviceFaultSettings.SlowAnswerDelay"/>), longer than a typical request timeout.</summary>
    AnswerSlowly,

    /// <summary>Every answer is replaced by random bytes of the same length.</summary>
    AnswerGarbage,

    /// <summary>A connection quiet for <see cref="DeviceFaultSettings.IdleDropAfter"/> is closed by the device.</summary>
    DropIdleConnections,

    /// <summary>A second simultaneous connection is closed at once, as cheap serial gateways do.</summary>
    AcceptOneConnectionOnly,
}
