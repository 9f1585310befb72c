namespace HmiApp.Domain.Modbus;

/// <summary>
/// One read request (FC1/FC2/FC3/FC4 by table) of <paramref name="Count"/> registers or bits from
/// <paramref name="Address"/>, and the points it serves, in address order.
/// </summary>
public sealed record PlannedRead<TPoint>(
    ModbusTable Table,
    int Address,
    int Count,
    IReadOnlyList<PlannedPoint<TPoint>> Points)
{
    /// <summary>One past the last address read.</summary>
    public int End => Address + Count;
}
