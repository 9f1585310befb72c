namespace HmiApp.Infrastructure.Modbus;

/// <summary>No matching response arrived within the per-request timeout.</summary>
public sealed class ModbusTimeoutException : ModbusException
{
    public ModbusTimeoutException(string endpoint, ModbusFunctionCode function, byte unitId, ushort address, TimeSpan timeout)
        : base($"{endpoint}: no response from unit {unitId} to {function} at address {address} within {timeout.TotalMilliseconds:0} ms.")
    {
        Timeout = timeout;
    }

    public TimeSpan Timeout { get; }
}
