namespace HmiApp.Domain.Heating;

/// <summary>A consistent copy of the gateway's registers with the time of the base station's last write of each.</summary>
public sealed class HeatingRegisterSnapshot
{
    private readonly ushort[] _values;
    private readonly DateTimeOffset?[] _lastBusWrite;

    public HeatingRegisterSnapshot(ushort[] values, DateTimeOffset?[] lastBusWrite, DateTimeOffset takenAt)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(lastBusWrite);
        if (values.Length != HeatingRegisterMap.BankSize || lastBusWrite.Length != HeatingRegisterMap.BankSize)
        {
            throw new ArgumentException($"A snapshot holds {HeatingRegisterMap.BankSize} registers; got {values.Length} values and {lastBusWrite.Length} times.", nameof(values));
        }

        _values = values;
        _lastBusWrite = lastBusWrite;
        TakenAt = takenAt;
    }

    public DateTimeOffset TakenAt { get; }

    public ushort this[int address] => _values[address];

    public DateTimeOffset? LastBusWrite(int address) => _lastBusWrite[address];

    /// <summary>The latest bus write among <paramref name="addresses"/>, or null if the bus wrote none of them.</summary>
    public DateTimeOffset? LastBusWrite(params ReadOnlySpan<ushort> addresses)
    {
        DateTimeOffset? latest = null;
        foreach (var address in addresses)
        {
            if (_lastBusWrite[address] is { } time && (latest is null || time > latest))
            {
                latest = time;
            }
        }

        return latest;
    }
}
