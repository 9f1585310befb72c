using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Acquisition.Live;

namespace HmiApp.Live;

/// <summary>
/// One live value as HTML: large, with its units; not Good: greyed, marked STALE or BAD, with its age and the reason.
/// data-acquired carries the acquisition time (epoch ms) so that the UI latency benchmark can compare it with the
/// moment the browser shows the value; clicking opens the point's trend.
/// </summary>
/// <remarks>
/// Written as a string rather than as a Razor component because of what a component costs on a screen that stays open
/// for weeks: every component keeps two render trees of at least 32 frames per circuit, 50 values were 50 components
/// and about 150 KB on every open overview (docs/benchmarks.md, UI), and each circuit held its own copy of every text.
/// As one markup string the value is one frame per circuit, and <see cref="LiveValueMarkupCache"/> lets every
/// circuit share the same string. Every text that comes from configuration is HTML-encoded here.
/// </remarks>
public static class LiveValueMarkup
{
    /// <summary>What the value shows of its age: null for a Good value, which shows none.</summary>
    public static string? AgeText(PointSnapshot? snapshot, DateTimeOffset now) => snapshot switch
    {
        null => "not read yet",
        { Quality.Status: QualityStatus.Good } => null,
        { LastGood: { } good } => LiveFormat.Age(now - good),
        _ => "never read good",
    };

    public static string Build(long pointId, string units, PointSnapshot? snapshot, string? ageText)
    {
        var status = snapshot?.Quality.Status ?? QualityStatus.Uncertain;
        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder(320);
        html.Append("<a class=\"hmi-live hmi-quality--").Append(status.ToString().ToLowerInvariant())
            .Append("\" href=\"trends?points=").Append(pointId.ToString(CultureInfo.InvariantCulture))
            .Append("\" data-testid=\"live-value\" data-point-id=\"").Append(pointId.ToString(CultureInfo.InvariantCulture))
            .Append("\" data-quality=\"").Append(status.ToString())
            .Append("\" data-acquired=\"").Append(snapshot is null ? "" : LiveFormat.EpochMs(snapshot.Timestamp).ToString(CultureInfo.InvariantCulture))
            .Append("\" title=\"").Append(encoder.Encode(Title(snapshot)))
            .Append("\"><span class=\"hmi-live__value hmi-value\">")
            .Append(encoder.Encode(snapshot is { Value.HasValue: true } s ? LiveFormat.Value(s.Value) : "–"))
            .Append("</span>");
        if (!string.IsNullOrEmpty(units))
        {
            html.Append("<span class=\"hmi-live__units\">").Append(encoder.Encode(units)).Append("</span>");
        }

        if (status != QualityStatus.Good)
        {
            html.Append("<span class=\"hmi-quality-mark\">").Append(status == QualityStatus.Bad ? "BAD" : "STALE").Append("</span>")
                .Append("<span class=\"hmi-live__age\" data-testid=\"live-age\">").Append(encoder.Encode(ageText ?? "")).Append("</span>");
        }

        return html.Append("</a>").ToString();
    }

    private static string Title(PointSnapshot? snapshot) => snapshot is null
        ? "Not read yet"
        : snapshot.Quality.IsGood ? "Good · click for its trend" : $"{snapshot.Quality} · click for its trend";
}
