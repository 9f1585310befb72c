using System.Globalization;
using HmiApp.Infrastructure.Historian;

namespace HmiApp.Historian;

/// <summary>
/// The query string of a history request, checked: every problem is reported under the parameter's
/// name with the value and the rule it broke. Times are ISO 8601 with an offset (e.g.
/// <c>2026-11-22T08:00:00Z</c>); without <c>to</c> it is now, without <c>from</c> one hour before <c>to</c>.
/// </summary>
public sealed record HistoryQuery(long PointId, long From, long To, int Limit, long? Cursor, int? MaxPoints)
{
    public const int DefaultLimit = 1000;
    public const int MaxLimit = 10_000;
    public const int MaxMaxPoints = 100_000;

    public static (HistoryQuery? Query, Dictionary<string, string[]> Errors) Parse(
        string id, string? from, string? to, string? limit, string? cursor, string? maxPoints, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var pointId))
        {
            errors["id"] = [$"'{id}' is not a point id; use the point's numeric id."];
        }

        var toTime = ParseTime("to", to, now, errors);
        var fromTime = ParseTime("from", from, toTime - TimeSpan.FromHours(1), errors);
        if (!errors.ContainsKey("from") && !errors.ContainsKey("to") && fromTime >= toTime)
        {
            errors["from"] = [$"'{fromTime:O}' is not before to '{toTime:O}'; the range is [from, to)."];
        }

        var pageSize = ParseInt("limit", limit, DefaultLimit, 1, MaxLimit, errors);
        long? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            if (long.TryParse(cursor, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var c))
            {
                after = c;
            }
            else
            {
                errors["cursor"] = [$"'{cursor}' is not a cursor; pass the nextCursor of the previous page unchanged."];
            }
        }

        int? points = string.IsNullOrEmpty(maxPoints) ? null : ParseInt("maxPoints", maxPoints, 0, 2, MaxMaxPoints, errors);
        if (points is not null && after is not null)
        {
            errors["cursor"] = ["cursor pages raw samples and cannot be combined with maxPoints; leave one out."];
        }

        return errors.Count > 0
            ? (null, errors)
            : (new HistoryQuery(pointId, HistoryTime.ToMicros(fromTime), HistoryTime.ToMicros(toTime), pageSize, after, points), errors);
    }

    private static DateTimeOffset ParseTime(string name, string? text, DateTimeOffset fallback, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) && time.Year is >= 1970 and <= 9999)
        {
            return time;
        }

        errors[name] = [$"'{text}' is not a time from 1970 on; use ISO 8601, e.g. 2026-11-22T08:00:00Z."];
        return fallback;
    }

    private static int ParseInt(string name, string? text, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[name] = [$"'{text}' is not a whole number from {min} to {max}."];
        return fallback;
    }
}
