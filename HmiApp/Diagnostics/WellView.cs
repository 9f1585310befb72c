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
    DiagnosisView? Diagnosis,
    string? StaleReason = null)
{
    /// <summary>
    /// Stale when the newest reading is older than two windows (or there is none), or at once when the feed
    /// says a bound point is not Good.
    /// </summary>
    public static WellView From(CatalogedWell well, WellTelemetryBuffer buffer, WellTelemetryFreshness freshness, DiagnosisBoard board, TimeSpan window, DateTimeOffset now)
    {
        var latest = buffer.Latest(well.Well.Id);
        var age = latest is null ? (TimeSpan?)null : now - latest.Timestamp;
        var feed = freshness.Of(well.Well.Id);
        var aged = age is null || age > window * 2;
        var reason = feed is { IsStale: true } ? feed.Reason : aged ? (latest is null ? "no reading yet" : "no reading for two windows") : null;
        return new WellView(well.Well, well.ParameterOverrides, well.Baseline is not null, latest, age, aged || feed is { IsStale: true }, board.For(well.Well.Id), reason);
    }
}
