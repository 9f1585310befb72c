namespace HmiApp.Infrastructure.Modbus;

/// <summary>
/// A table of 16-bit registers served by <see cref="ModbusTcpServer"/>. Addresses 0 to <see cref="Count"/>-1 exist;
/// the server answers exception 02 for anything beyond and exception 04 if a read or write throws.
/// Implementations must be thread-safe: many connections use a bank at once.
/// </summary>
public interface IRegisterBank
{
    int Count { get; }

    void Read(ushort start, Span<ushort> destination);

    void Write(ushort start, ReadOnlySpan<ushort> values);

    /// <summary>Raised after every write, from the writing thread.</summary>
    event EventHandler<ModbusBankWrittenEventArgs>? Written;
}
