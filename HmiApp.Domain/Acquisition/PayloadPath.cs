using System.Globalization;
using System.Text;

namespace HmiApp.Domain.Acquisition;

/// <summary>
/// Where a value sits in a JSON payload: property names separated by dots, array positions in brackets, an optional
/// leading <c>$.</c> (<c>temperature</c>, <c>$.data.flow</c>, <c>readings[0].value</c>). Only this subset of
/// JSONPath: a point names one value, so filters and wildcards would only make a payload ambiguous.
/// </summary>
public sealed class PayloadPath : IEquatable<PayloadPath>
{
    private PayloadPath(string text, IReadOnlyList<PayloadPathStep> steps)
    {
        Text = text;
        Steps = steps;
    }

    public string Text { get; }

    public IReadOnlyList<PayloadPathStep> Steps { get; }

    public static bool TryParse(string text, out PayloadPath? path, out string? error)
    {
        path = null;
        var body = text.StartsWith("$.", StringComparison.Ordinal) ? text[2..] : text == "$" ? "" : text;
        var steps = new List<PayloadPathStep>();
        var name = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '.')
            {
                if (name.Length == 0 && (steps.Count == 0 || body[i - 1] != ']'))
                {
                    error = $"Path '{text}' has an empty name at position {i + 1}: write names separated by single dots, e.g. data.flow.";
                    return false;
                }

                Flush(name, steps);
            }
            else if (c == '[')
            {
                Flush(name, steps);
                var close = body.IndexOf(']', i);
                if (close < 0 || !int.TryParse(body.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    error = $"Path '{text}' has a bad array position at position {i + 1}: write it as [0], [1], ...";
                    return false;
                }

                steps.Add(PayloadPathStep.At(index));
                i = close;
            }
            else if (c is ']' or '*' or '?' or '@' or ' ' || char.IsControl(c))
            {
                error = $"Path '{text}' has '{c}' at position {i + 1}: use names, dots and [index] only (no wildcards or filters).";
                return false;
            }
            else
            {
                name.Append(c);
            }
        }

        if (body.EndsWith('.'))
        {
            error = $"Path '{text}' ends with a dot: remove it.";
            return false;
        }

        Flush(name, steps);
        error = null;
        path = new PayloadPath(text, steps);
        return true;
    }

    public override string ToString() => Text;

    public bool Equals(PayloadPath? other) => other is not null && other.Text == Text;

    public override bool Equals(object? obj) => obj is PayloadPath other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    private static void Flush(StringBuilder name, List<PayloadPathStep> steps)
    {
        if (name.Length > 0)
        {
            steps.Add(PayloadPathStep.Named(name.ToString()));
            name.Clear();
        }
    }
}
