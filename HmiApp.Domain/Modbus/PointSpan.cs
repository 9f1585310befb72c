namespace HmiApp.Domain.Modbus;

/// <summary>
/// Where a point sits in its table: zero-based start address and length in registers (or bits, in coils and
/// discrete inputs). <paramref name="Name"/> identifies the point in error messages.
/// </summary>
public readonly record struct PointSpan(string Name, int Address, int Length)
{
    /// <summary>One past the last address the point occupies.</summary>
    public int End => Address + Length;

    /// <summary>The span of a point stored with <paramref name="encoding"/> from <paramref name="address"/>.</summary>
    public static PointSpan Of(string name, int address, PointEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(encoding);
        return new PointSpan(name, address, encoding.RegisterCount);
    }
}
