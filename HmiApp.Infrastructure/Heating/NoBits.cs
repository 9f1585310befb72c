using HmiApp.Infrastructure.Modbus;

namespace HmiApp.Infrastructure.Heating;

/// <summary>Coils and discrete inputs the gateway does not have: every address is illegal (exception 02).</summary>
internal sealed class NoBits : IBitBank
{
    public event EventHandler<ModbusBankWrittenEventArgs>? Written
    {
        add { }
        remove { }
    }

    public int Count => 0;

    public void Read(ushort start, Span<bool> destination) =>
        throw new ArgumentOutOfRangeException(nameof(start), start, "The gateway holds no bits.");

    public void Write(ushort start, ReadOnlySpan<bool> values) =>
        throw new ArgumentOutOfRangeException(nameof(start), start, "The gateway holds no bits.");
}
