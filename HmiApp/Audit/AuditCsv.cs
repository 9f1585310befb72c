using System.Globalization;
using System.Text;
using HmiApp.Domain.Audit;

namespace HmiApp.Audit;

/// <summary>The audit trail as RFC 4180 CSV for spreadsheets and auditors.</summary>
public static class AuditCsv
{
    public const string Header = "id,at_utc,actor,remote_address,category,action,target,old_value,new_value,outcome,reason";

    public static string Write(IEnumerable<AuditEntry> entries)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var e in entries)
        {
            csv.AppendJoin(',',
                e.Id.ToString(CultureInfo.InvariantCulture),
                e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                Field(e.Actor), Field(e.RemoteAddress), Field(e.Category), Field(e.Action), Field(e.Target),
                Field(e.OldValue), Field(e.NewValue), e.Outcome.ToString(), Field(e.Reason));
            csv.Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        // A leading =, +, - or @ would run as a formula in a spreadsheet; quote it as text.
        var text = value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 || text != value ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}
