namespace HmiApp.Infrastructure.Modbus;

/// <summary>
/// A table of single bits (coils or discrete inputs) served by <see cref="ModbusTcpServer"/>. Addresses 0 to
/// <see cref="Count"/>-1 exist. Implementations must be thread-safe.
/// </summary>
public interface IBitBank
{
    int Count { get; }

    void Read(ushort start, Span<bool> destination);

    void Write(ushort start, ReadOnlySpan<bool> values);

    /// <summary>Raised after every write, from the writing thread.</summary>
    event EventHandler<ModbusBankWrittenEventArgs>? Written;
}
