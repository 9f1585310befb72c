using System.Globalization;

namespace HmiApp.Trends;

/// <summary>The <c>points</c> query parameter: comma-separated point ids, as links from live values carry it.</summary>
public static class TrendSelection
{
    public const int MaxPoints = 8;

    /// <summary>The ids in order, without duplicates; anything that is not an id is named in the error.</summary>
    public static (IReadOnlyList<long> Ids, string? Error) Parse(string? text)
    {
        var ids = new List<long>();
        var invalid = new List<string>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
            {
                if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }
            else
            {
                invalid.Add(part);
            }
        }

        string? error = null;
        if (invalid.Count > 0)
        {
            error = $"points: '{string.Join("', '", invalid)}' {(invalid.Count == 1 ? "is not a point id" : "are not point ids")}; use positive numbers separated by commas.";
        }
        else if (ids.Count > MaxPoints)
        {
            error = $"points: {ids.Count} points asked for; one chart shows at most {MaxPoints}. The first {MaxPoints} are shown.";
        }

        return (ids.Take(MaxPoints).ToList(), error);
    }

    public static string Format(IEnumerable<long> ids) =>
        string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
}
