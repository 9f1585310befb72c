using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HmiApp.Tests.Metrics;

/// <summary>
/// A strict reader of the Prometheus text exposition format 0.0.4, for tests: it throws on anything a
/// scraper would reject or misread (a sample before its TYPE, a TYPE given twice, a bad name, label or
/// value, histogram buckets that are not cumulative or disagree with _count).
/// </summary>
public static partial class PrometheusText
{
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    public sealed record Family(string Name, string Type, string Help, List<Sample> Samples);

    public static IReadOnlyDictionary<string, Family> Parse(string text)
    {
        if (text.Length > 0 && !text.EndsWith('\n'))
        {
            throw new FormatException("The exposition must end with a line feed.");
        }

        var families = new Dictionary<string, Family>(StringComparer.Ordinal);
        var helps = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n')[..^1])
        {
            if (line.StartsWith("# HELP ", StringComparison.Ordinal))
            {
                var rest = line[7..];
                var space = rest.IndexOf(' ');
                var name = space < 0 ? rest : rest[..space];
                RequireMetricName(name, line);
                if (!helps.TryAdd(name, UnescapeHelp(space < 0 ? "" : rest[(space + 1)..])))
                {
                    throw new FormatException($"HELP given twice for {name}.");
                }
            }
            else if (line.StartsWith("# TYPE ", StringComparison.Ordinal))
            {
                var parts = line[7..].Split(' ');
                if (parts.Length != 2 || parts[1] is not ("counter" or "gauge" or "histogram" or "summary" or "untyped"))
                {
                    throw new FormatException($"Bad TYPE line: {line}");
                }

                RequireMetricName(parts[0], line);
                if (families.ContainsKey(parts[0]))
                {
                    throw new FormatException($"TYPE given twice for {parts[0]}.");
                }

                families[parts[0]] = new Family(parts[0], parts[1], helps.GetValueOrDefault(parts[0], ""), []);
            }
            else if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }
            else
            {
                var sample = ParseSample(line);
                var family = FamilyOf(sample.Name, families) ?? throw new FormatException($"Sample before its TYPE line: {line}");
                family.Samples.Add(sample);
            }
        }

        foreach (var family in families.Values.Where(f => f.Type == "histogram"))
        {
            CheckHistogram(family);
        }

        return families;
    }

    private static Family? FamilyOf(string sampleName, Dictionary<string, Family> families)
    {
        if (families.TryGetValue(sampleName, out var exact) && exact.Type != "histogram")
        {
            return exact;
        }

        foreach (var suffix in new[] { "_bucket", "_sum", "_count" })
        {
            if (sampleName.EndsWith(suffix, StringComparison.Ordinal) && families.TryGetValue(sampleName[..^suffix.Length], out var histogram) && histogram.Type == "histogram")
            {
                return histogram;
            }
        }

        return null;
    }

    private static Sample ParseSample(string line)
    {
        var match = SampleLine().Match(line);
        if (!match.Success)
        {
            throw new FormatException($"Bad sample line: '{line}'");
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var body = match.Groups["labels"].Value;
        var i = 0;
        while (i < body.Length)
        {
            var eq = body.IndexOf('=', i);
            var name = eq < 0 ? "" : body[i..eq];
            if (!LabelName().IsMatch(name) || eq + 1 >= body.Length || body[eq + 1] != '"')
            {
                throw new FormatException($"Bad label at {i} in '{line}'");
            }

            var value = new StringBuilder();
            var j = eq + 2;
            for (; j < body.Length && body[j] != '"'; j++)
            {
                if (body[j] == '\\')
                {
                    j++;
                    value.Append(body[j] switch { 'n' => '\n', '\\' => '\\', '"' => '"', _ => throw new FormatException($"Bad escape in '{line}'") });
                }
                else
                {
                    value.Append(body[j]);
                }
            }

            if (j >= body.Length || !labels.TryAdd(name, value.ToString()))
            {
                throw new FormatException($"Unterminated or repeated label {name} in '{line}'");
            }

            i = j + 1;
            if (i < body.Length)
            {
                if (body[i] != ',')
                {
                    throw new FormatException($"Expected ',' between labels in '{line}'");
                }

                i++;
            }
        }

        return new Sample(match.Groups["name"].Value, labels, ParseValue(match.Groups["value"].Value, line));
    }

    private static double ParseValue(string text, string line) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw new FormatException($"Bad value '{text}' in '{line}'"),
    };

    private static void CheckHistogram(Family family)
    {
        foreach (var series in family.Samples.Where(s => s.Name.EndsWith("_bucket", StringComparison.Ordinal))
                     .GroupBy(s => string.Join(",", s.Labels.Where(l => l.Key != "le").OrderBy(l => l.Key).Select(l => $"{l.Key}={l.Value}"))))
        {
            var buckets = series.Select(s => (Le: ParseValue(s.Labels["le"], s.Name), s.Value)).ToList();
            if (buckets.Count == 0 || !double.IsPositiveInfinity(buckets[^1].Le))
            {
                throw new FormatException($"{family.Name}{{{series.Key}}} has no le=\"+Inf\" bucket last.");
            }

            for (var k = 1; k < buckets.Count; k++)
            {
                if (buckets[k].Le <= buckets[k - 1].Le || buckets[k].Value < buckets[k - 1].Value)
                {
                    throw new FormatException($"{family.Name}{{{series.Key}}} buckets are not ordered and cumulative.");
                }
            }

            var count = family.Samples.Single(s => s.Name == family.Name + "_count" && Key(s) == series.Key);
            _ = family.Samples.Single(s => s.Name == family.Name + "_sum" && Key(s) == series.Key);
            if (count.Value != buckets[^1].Value)
            {
                throw new FormatException($"{family.Name}{{{series.Key}}} _count {count.Value} differs from the +Inf bucket {buckets[^1].Value}.");
            }
        }

        static string Key(Sample s) => string.Join(",", s.Labels.OrderBy(l => l.Key).Select(l => $"{l.Key}={l.Value}"));
    }

    private static void RequireMetricName(string name, string line)
    {
        if (!MetricName().IsMatch(name))
        {
            throw new FormatException($"Bad metric name '{name}' in '{line}'");
        }
    }

    /// <summary>HELP text escapes only backslash and line feed.</summary>
    private static string UnescapeHelp(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                result.Append(text[i]);
                continue;
            }

            i++;
            result.Append(i < text.Length ? text[i] switch { 'n' => '\n', '\\' => '\\', _ => throw new FormatException($"Bad escape in HELP '{text}'") } : throw new FormatException($"Dangling escape in HELP '{text}'"));
        }

        return result.ToString();
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^\n]*)\})? (?<value>\S+)$")]
    private static partial Regex SampleLine();

    [GeneratedRegex("^[a-zA-Z_:][a-zA-Z0-9_:]*$")]
    private static partial Regex MetricName();

    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    private static partial Regex LabelName();
}
