using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Modbus;

namespace HmiApp.Infrastructure.Acquisition;

/// <summary>A device's connection settings from the point map, as the Modbus client takes them.</summary>
public static class DeviceConnectionPolicy
{
    public static ModbusConnectionPolicy ToModbusPolicy(this DeviceConnection c) => new()
    {
        Mode = c.Mode == DeviceConnectionMode.ClosePerPoll ? ModbusConnectionMode.ClosePerPoll : ModbusConnectionMode.Persistent,
        ConnectTimeout = c.ConnectTimeout,
        RequestTimeout = c.RequestTimeout,
        PauseBetweenRequests = c.PauseBetweenRequests,
        PauseAfterConnect = c.PauseAfterConnect,
        DeviceAnswersTransactionIdZero = c.AnswersTransactionIdZero,
        MaxReadRegisters = c.MaxReadRegisters,
        MaxReadBits = c.MaxReadBits,
    };
}
