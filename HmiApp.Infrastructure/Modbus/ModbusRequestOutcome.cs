namespace HmiApp.Infrastructure.Modbus;

internal enum ModbusRequestOutcome
{
    /// <summary>A response PDU was written.</summary>
    Respond,

    /// <summary>Nothing is sent back (broadcast, or an unknown unit configured to stay silent).</summary>
    Silent,

    /// <summary>The PDU contradicts its own framing; the connection is closed.</summary>
    Malformed,
}
