using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Acquisition.Writing;

namespace HmiApp.Infrastructure.Wells;

/// <summary>
/// One command to a well's VSD as the operator sees it: what was asked (old -> new), and either the point
/// write's outcome (with the read-back) or the refusal that stopped it before anything was sent.
/// </summary>
public sealed record WellControlResult(string WellId, WellControl Command, string Old, string New, PointWriteOutcome? Write, string? Refusal)
{
    public bool Succeeded => Write is { Succeeded: true };

    /// <summary>The sentence shown and audited: the read-back on success, otherwise exactly what failed.</summary>
    public string Detail => Refusal ?? Write?.Detail ?? "";
}
