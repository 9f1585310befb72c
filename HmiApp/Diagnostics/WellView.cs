using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Diagnostics;
using HmiApp.Infrastructure.Wells;

namespace HmiApp.Diagnostics;

/// <summary>A well as the list shows it: nameplate, thresholds, latest reading, its age, and the announced diagnosis.</summary>
public sealed record WellView(
    Well Well,
    IReadOnlyDictionary<string, double> ParameterOverrides,
    bool HasBaseline,
    WellTelemetryReading? Latest,
    TimeSpan? Age,
    bool IsStale,
    DiagnosisView? Diagnosis)
{
    /// <summary>Stale when the newest reading is older than two windows (or there is none).</summary>
    public static WellView From(CatalogedWell well, WellTelemetryBuffer buffer, DiagnosisBoard board, TimeSpan window, DateTimeOffset now)
    {
        var latest = buffer.Latest(well.Well.Id);
        var age = latest is null ? (TimeSpan?)null : now - latest.Timestamp;
        return new WellView(well.Well, well.ParameterOverrides, well.Baseline is not null, latest, age, age is null || age > window * 2, board.For(well.Well.Id));
    }
}
