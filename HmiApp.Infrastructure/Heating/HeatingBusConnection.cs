using HmiApp.Infrastructure.Modbus;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Heating;

/// <summary>Client mode: the one Modbus connection to the bus (through the converter) and the unit id polled on it.</summary>
public sealed class HeatingBusConnection : IAsyncDisposable
{
    public HeatingBusConnection(IOptions<HeatingOptions> options, ILogger<ModbusTcpClient> logger, TimeProvider time)
    {
        var heating = options.Value;
        UnitId = heating.EffectiveUnitIds[0];
        Client = new ModbusTcpClient(heating.Host, heating.Port, ModbusConnectionPolicy.Default with { RequestTimeout = heating.RequestTimeout }, logger, time);
    }

    public ModbusTcpClient Client { get; }

    public byte UnitId { get; }

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
