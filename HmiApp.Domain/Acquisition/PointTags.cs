namespace HmiApp.Domain.Acquisition;

/// <summary>
/// Free key/value tags of a point (<c>area:north</c>), or bare keys (<c>kind</c>) with an empty value. Written
/// as <c>area:north;kind</c>. Compared by value, keys case-insensitive.
/// </summary>
public sealed class PointTags : IEquatable<PointTags>
{
    private readonly SortedDictionary<string, string> _tags;

    private PointTags(SortedDictionary<string, string> tags) => _tags = tags;

    public static PointTags Empty { get; } = new(new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    public IReadOnlyDictionary<string, string> Values => _tags;

    public static PointTags From(IEnumerable<KeyValuePair<string, string>> tags)
    {
        var sorted = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in tags)
        {
            sorted[key.Trim()] = value.Trim();
        }

        return new PointTags(sorted);
    }

    /// <summary>Parses <c>key:value;key</c>; returns the error naming the bad entry, or null.</summary>
    public static bool TryParse(string? text, out PointTags tags, out string? error)
    {
        tags = Empty;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var entry in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = entry.IndexOf(':');
            var key = colon < 0 ? entry : entry[..colon].Trim();
            var value = colon < 0 ? "" : entry[(colon + 1)..].Trim();
            if (key.Length == 0)
            {
                error = $"Tag '{entry}' has no key: write key:value or key, separated by ';'.";
                return false;
            }

            pairs.Add(new(key, value));
        }

        tags = From(pairs);
        return true;
    }

    /// <summary>True when the point carries the filter's tag: <c>key</c> matches any value, <c>key:value</c> only that value.</summary>
    public bool Matches(string filter)
    {
        var colon = filter.IndexOf(':');
        if (colon < 0)
        {
            return _tags.ContainsKey(filter.Trim());
        }

        return _tags.TryGetValue(filter[..colon].Trim(), out var value)
            && string.Equals(value, filter[(colon + 1)..].Trim(), StringComparison.OrdinalIgnoreCase);
    }

    public bool Equals(PointTags? other) => other is not null
        && _tags.Count == other._tags.Count
        && _tags.All(t => other._tags.TryGetValue(t.Key, out var v) && v == t.Value);

    public override bool Equals(object? obj) => Equals(obj as PointTags);

    public override int GetHashCode() => _tags.Count;

    public override string ToString() => string.Join(";", _tags.Select(t => t.Value.Length == 0 ? t.Key : $"{t.Key}:{t.Value}"));
}
