namespace HmiApp.Domain.Modbus;

/// <summary>A point served by a planned read, and where its data starts in that read's response.</summary>
/// <param name="Offset">Index of the point's first register (or bit) within the response.</param>
/// <param name="Length">Registers (or bits) the point occupies.</param>
public readonly record struct PlannedPoint<TPoint>(TPoint Point, int Offset, int Length);
