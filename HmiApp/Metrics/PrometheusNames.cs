using System.Text;

namespace HmiApp.Metrics;

/// <summary>
/// Prometheus naming and escaping: instrument names become <c>[a-zA-Z_:][a-zA-Z0-9_:]*</c> (dots and
/// other characters to underscores), the unit becomes a suffix (<c>s</c> → <c>_seconds</c>), counters
/// end in <c>_total</c>: the OpenTelemetry conventions, so the names stay those dashboards already use.
/// prometheus-net escapes the label values.
/// </summary>
public static class PrometheusNames
{
    public static string Metric(string instrumentName, string? unit, MetricKind kind)
    {
        var name = Sanitize(instrumentName, allowColon: true);
        var suffix = UnitSuffix(unit);
        if (suffix is not null && !name.EndsWith("_" + suffix, StringComparison.Ordinal))
        {
            name += "_" + suffix;
        }

        if (kind == MetricKind.Counter && !name.EndsWith("_total", StringComparison.Ordinal))
        {
            name += "_total";
        }

        return name;
    }

    public static string Label(string key)
    {
        var name = Sanitize(key, allowColon: false);
        return name.StartsWith("__", StringComparison.Ordinal) ? "_" + name.TrimStart('_') : name;
    }

    /// <summary>prometheus-net writes help text as given, and the text format needs backslash and line feed escaped.</summary>
    public static string Help(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>UCUM units as OpenTelemetry uses them; annotations like <c>{sample}</c> add no suffix.</summary>
    private static string? UnitSuffix(string? unit) => unit switch
    {
        null or "" or "1" => null,
        "s" => "seconds",
        "ms" => "milliseconds",
        "us" => "microseconds",
        "By" => "bytes",
        "%" => "percent",
        _ when unit.StartsWith('{') => null,
        _ => Sanitize(unit, allowColon: false).Trim('_') is { Length: > 0 } s ? s : null,
    };

    private static string Sanitize(string text, bool allowColon)
    {
        var builder = new StringBuilder(text.Length + 1);
        foreach (var c in text)
        {
            var ok = char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':');
            builder.Append(ok ? c : '_');
        }

        if (builder.Length == 0 || char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
