namespace HmiApp.Infrastructure.Modbus;

/// <summary>The TCP connection to the device could not be opened or was lost during an exchange.</summary>
public sealed class ModbusConnectionException : ModbusException
{
    public ModbusConnectionException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
