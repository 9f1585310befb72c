namespace HmiApp.Infrastructure.Modbus;

/// <summary>Which range of a bank a write touched, so owners can persist or react to it.</summary>
public sealed class ModbusBankWrittenEventArgs(ushort start, int count) : EventArgs
{
    public ushort Start { get; } = start;

    public int Count { get; } = count;
}
