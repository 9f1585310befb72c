namespace HmiApp.Domain.Modbus;

/// <summary>
/// Where a point sits in its table: zero-based start address and length in registers (or bits, in coils and
/// discrete inputs). <paramref name="Name"/> identifies the point in error messages.
/// </summary>
public readonly record struct PointSpan(string Name, int Address, int Length)
{
    /// <summary>One past the last address the point occupies.</summary>
    public int End => Address + Length;
}
