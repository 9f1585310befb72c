namespace HmiApp.Infrastructure.Modbus;

/// <summary>Coils or discrete inputs kept in memory.</summary>
public sealed class MemoryBitBank : IBitBank
{
    private readonly bool[] _bits;
    private readonly Lock _lock = new();

    public MemoryBitBank(int count = 65536)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 65536);
        _bits = new bool[count];
    }

    public event EventHandler<ModbusBankWrittenEventArgs>? Written;

    public int Count => _bits.Length;

    public void Read(ushort start, Span<bool> destination)
    {
        CheckRange(start, destination.Length);
        lock (_lock)
        {
            _bits.AsSpan(start, destination.Length).CopyTo(destination);
        }
    }

    public void Write(ushort start, ReadOnlySpan<bool> values)
    {
        CheckRange(start, values.Length);
        lock (_lock)
        {
            values.CopyTo(_bits.AsSpan(start));
        }

        Written?.Invoke(this, new ModbusBankWrittenEventArgs(start, values.Length));
    }

    private void CheckRange(ushort start, int count)
    {
        if (start + count > _bits.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, $"Bits {start}..{start + count - 1} run past the bank's {_bits.Length} bits.");
        }
    }
}
