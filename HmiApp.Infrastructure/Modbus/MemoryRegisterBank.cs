namespace HmiApp.Infrastructure.Modbus;

/// <summary>Registers kept in memory.</summary>
public sealed class MemoryRegisterBank : IRegisterBank
{
    private readonly ushort[] _registers;
    private readonly Lock _lock = new();

    public MemoryRegisterBank(int count = 65536)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 65536);
        _registers = new ushort[count];
    }

    public event EventHandler<ModbusBankWrittenEventArgs>? Written;

    public int Count => _registers.Length;

    public void Read(ushort start, Span<ushort> destination)
    {
        CheckRange(start, destination.Length);
        lock (_lock)
        {
            _registers.AsSpan(start, destination.Length).CopyTo(destination);
        }
    }

    public void Write(ushort start, ReadOnlySpan<ushort> values)
    {
        CheckRange(start, values.Length);
        lock (_lock)
        {
            values.CopyTo(_registers.AsSpan(start));
        }

        Written?.Invoke(this, new ModbusBankWrittenEventArgs(start, values.Length));
    }

    private void CheckRange(ushort start, int count)
    {
        if (start + count > _registers.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, $"Registers {start}..{start + count - 1} run past the bank's {_registers.Length} registers.");
        }
    }
}
