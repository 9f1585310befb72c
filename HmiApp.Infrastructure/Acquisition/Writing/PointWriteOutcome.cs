using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;

namespace HmiApp.Infrastructure.Acquisition.Writing;

/// <summary>
/// The result of one point write: the status, the value requested, what the device held when read back
/// (when it was read), and a sentence naming the failure for the operator and the audit trail.
/// </summary>
public sealed record PointWriteOutcome(PointKey Point, PointWriteStatus Status, PointValue Requested, PointValue? ReadBack, string Detail)
{
    public bool Succeeded => Status == PointWriteStatus.Written;

    public override string ToString() => $"{Point}: {Status}: {Detail}";
}
