using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Modbus;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Heating;

/// <summary>
/// Client mode: reads the globals and every zone's block from the bus into the bank, as the base station would
/// have written them to a gateway. A zone the slave refuses (illegal address) is skipped; a lost connection
/// ends the poll, and the next poll tries again.
/// </summary>
public sealed partial class HeatingBusPoller(HeatingBusConnection bus, HeatingRegisterBank bank, ILogger<HeatingBusPoller> logger)
{
    /// <summary>Globals, mixed circuits, dehumidifiers and pumps: registers 0..35.</summary>
    private const int GlobalCount = 36;

    /// <summary>A zone's registers from state (offset 0) to relative humidity (offset 10).</summary>
    private const int ZoneSpan = (int)ZoneRegister.RelativeHumidity + 1;

    /// <summary>Reads everything once; returns the number of blocks read.</summary>
    public async Task<int> PollAsync(CancellationToken cancellationToken)
    {
        var read = 0;
        if (await TryReadAsync(0, GlobalCount, cancellationToken).ConfigureAwait(false))
        {
            read++;
        }

        for (var b = HeatingRegisterMap.FirstBase; b <= HeatingRegisterMap.LastBase; b++)
        {
            for (var z = HeatingRegisterMap.FirstZone; z <= HeatingRegisterMap.LastZone; z++)
            {
                if (await TryReadAsync(new ZoneId(b, z).Address(ZoneRegister.State), ZoneSpan, cancellationToken).ConfigureAwait(false))
                {
                    read++;
                }
            }
        }

        return read;
    }

    private async Task<bool> TryReadAsync(ushort start, int count, CancellationToken cancellationToken)
    {
        var values = new ushort[count];
        try
        {
            await bus.Client.ReadHoldingRegistersAsync(bus.UnitId, start, values, cancellationToken).ConfigureAwait(false);
        }
        catch (ModbusExceptionResponse ex)
        {
            LogBlockRefused(start, count, ex.Message);
            return false;
        }

        bank.Write(start, values);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Heating bus: registers {Start}+{Count} refused ({Reason}); skipped")]
    private partial void LogBlockRefused(ushort start, int count, string reason);
}
