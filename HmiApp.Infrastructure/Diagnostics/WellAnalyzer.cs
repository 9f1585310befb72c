using HmiApp.Domain.Diagnostics;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Wells;

namespace HmiApp.Infrastructure.Diagnostics;

/// <summary>Judges readings of one well with the tree in force, the well's thresholds and its baseline. It reads only.</summary>
public sealed class WellAnalyzer(WellCatalog catalog, DiagnosticTreeRegistry trees)
{
    /// <returns>The result, or the reason there is none (unknown well, no baseline yet, no readings).</returns>
    public (DiagnosticResult? Result, string? Error) Analyze(string wellId, IReadOnlyList<WellTelemetryReading> readings)
    {
        if (!catalog.TryGet(wellId, out var well))
        {
            return (null, $"wellId '{wellId}' is not a known well");
        }

        if (well.Baseline is null)
        {
            return (null, $"well '{wellId}' has no baseline yet: it is taken from the first full window after the well has run steadily");
        }

        if (readings.Count == 0)
        {
            return (null, $"well '{wellId}' has no readings in the window");
        }

        var window = new TelemetryWindow(well.Well, readings);
        return (DiagnosticEvaluator.Evaluate(trees.Current, window, well.Parameters, well.Baseline), null);
    }
}
