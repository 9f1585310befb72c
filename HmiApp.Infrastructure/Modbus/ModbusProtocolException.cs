namespace HmiApp.Infrastructure.Modbus;

/// <summary>The device sent bytes that are not a valid answer to the request (wrong framing, length or content).</summary>
public sealed class ModbusProtocolException : ModbusException
{
    public ModbusProtocolException(string message)
        : base(message)
    {
    }
}
