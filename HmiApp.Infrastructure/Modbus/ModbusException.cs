namespace HmiApp.Infrastructure.Modbus;

/// <summary>
/// Base of every failure of a Modbus exchange, so acquisition can catch one type and map the concrete kind
/// (exception response, timeout, connection, protocol) to a Bad quality with a reason.
/// </summary>
public abstract class ModbusException : Exception
{
    protected ModbusException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
