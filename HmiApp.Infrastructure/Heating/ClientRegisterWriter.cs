using HmiApp.Infrastructure.Modbus;

namespace HmiApp.Infrastructure.Heating;

/// <summary>Client mode: the HMI writes the register on the bus, then mirrors it into the bank.</summary>
public sealed class ClientRegisterWriter(HeatingBusConnection bus, HeatingRegisterBank bank) : IHeatingRegisterWriter
{
    public async Task WriteAsync(ushort address, ushort value, CancellationToken cancellationToken)
    {
        try
        {
            await bus.Client.WriteSingleRegisterAsync(bus.UnitId, address, value, cancellationToken).ConfigureAwait(false);
        }
        catch (ModbusException ex)
        {
            throw new HeatingUnavailableException($"Writing register {address} on unit {bus.UnitId} failed: {ex.Message}", ex);
        }

        bank.WriteFromHmi(address, value);
    }

    public async Task<ushort> ReadBackAsync(ushort address, CancellationToken cancellationToken)
    {
        var value = new ushort[1];
        try
        {
            await bus.Client.ReadHoldingRegistersAsync(bus.UnitId, address, value, cancellationToken).ConfigureAwait(false);
        }
        catch (ModbusException ex)
        {
            throw new HeatingUnavailableException($"Reading back register {address} on unit {bus.UnitId} failed: {ex.Message}", ex);
        }

        return value[0];
    }
}
