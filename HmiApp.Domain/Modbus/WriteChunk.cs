namespace HmiApp.Domain.Modbus;

/// <summary>
/// One write request: <paramref name="Count"/> registers (or coils) to <paramref name="Address"/>, taken from the
/// caller's values starting at <paramref name="SourceOffset"/>.
/// </summary>
public readonly record struct WriteChunk(int Address, int Count, int SourceOffset);
