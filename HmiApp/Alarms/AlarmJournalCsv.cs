using System.Globalization;
using System.Text;
using HmiApp.Infrastructure.Alarms;

namespace HmiApp.Alarms;

/// <summary>The journal as CSV (RFC 4180), UTC ISO-8601 times, for spreadsheets and audits.</summary>
public static class AlarmJournalCsv
{
    public const string Header = "time_utc,alarm,class,priority,event,from_state,to_state,condition_active,message,value,user,comment,shelved_until_utc,area,device,well,zone";

    public static string Line(AlarmJournalRow r)
    {
        var fields = new string?[]
        {
            Time(r.TimeMs), r.AlarmKey, r.Class.ToString(), r.Priority.ToString(CultureInfo.InvariantCulture), r.Event.ToString(),
            r.FromState.ToString(), r.ToState.ToString(), r.ConditionActive ? "true" : "false", r.Message,
            r.Value?.ToString("R", CultureInfo.InvariantCulture), r.UserName, r.Comment, r.ShelvedUntilMs is { } s ? Time(s) : null,
            r.Area, r.Device, r.Well, r.Zone,
        };
        return string.Join(',', fields.Select(Escape));
    }

    private static string Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }

        // A leading = + - @ would be run as a formula by spreadsheets; a quote mark keeps it text.
        var text = field[0] is '=' or '+' or '-' or '@' && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? "'" + field : field;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AlarmJournalRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await writer.WriteLineAsync(Header);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await writer.WriteLineAsync(Line(row));
        }
    }
}
