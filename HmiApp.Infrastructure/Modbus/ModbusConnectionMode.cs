namespace HmiApp.Infrastructure.Modbus;

public enum ModbusConnectionMode
{
    /// <summary>One connection kept open across polls (the default).</summary>
    Persistent,

    /// <summary>The connection is closed when a poll ends, for devices that dislike idle connections.</summary>
    ClosePerPoll,
}
