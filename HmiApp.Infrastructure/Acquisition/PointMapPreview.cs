using HmiApp.Domain.Acquisition;

namespace HmiApp.Infrastructure.Acquisition;

/// <summary>What an import would do: its issues (then nothing can be applied), or the changes and conversions.</summary>
public sealed record PointMapPreview(PointMapImport Import, IReadOnlyList<PointMapChange> Changes)
{
    public bool CanApply => Import.IsValid;
}
