using HmiApp.Infrastructure.Modbus;

namespace HmiApp.Infrastructure.Heating;

/// <summary>A table the gateway does not have: every address is illegal (exception 02), as on Rehau's gateway.</summary>
internal sealed class NoRegisters : IRegisterBank
{
    public event EventHandler<ModbusBankWrittenEventArgs>? Written
    {
        add { }
        remove { }
    }

    public int Count => 0;

    public void Read(ushort start, Span<ushort> destination) =>
        throw new ArgumentOutOfRangeException(nameof(start), start, "The gateway holds no registers in this table.");

    public void Write(ushort start, ReadOnlySpan<ushort> values) =>
        throw new ArgumentOutOfRangeException(nameof(start), start, "The gateway holds no registers in this table.");
}
