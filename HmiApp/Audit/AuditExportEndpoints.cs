using System.Globalization;
using System.Text;
using HmiApp.Access;
using HmiApp.Domain.Audit;

namespace HmiApp.Audit;

public static class AuditExportEndpoints
{
    public const string ExportPath = "/admin/audit/export.csv";

    /// <summary><c>GET /admin/audit/export.csv?from=&amp;to=&amp;actor=&amp;category=&amp;text=</c>, administrators only.</summary>
    public static IEndpointRouteBuilder MapHmiAuditExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportPath, async (string? from, string? to, string? actor, string? category, string? text, IAuditTrail audit, CancellationToken cancellationToken) =>
        {
            if (!TryParse(from, out var start) || !TryParse(to, out var end))
            {
                return Results.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "Bad time range",
                    detail: $"'from' ({from}) and 'to' ({to}) must be ISO 8601 times such as 2026-11-22T06:00:00Z.");
            }

            var query = new AuditQuery { From = start, To = end, Actor = actor, Category = category, Text = text, Limit = 10_000 };
            var entries = await audit.SearchAsync(query, cancellationToken);
            return Results.File(Encoding.UTF8.GetBytes(AuditCsv.Write(entries)), "text/csv; charset=utf-8", $"audit-{DateTime.UtcNow:yyyyMMdd-HHmmss}.csv");
        }).RequireAuthorization(HmiPolicies.Administer);
        return endpoints;
    }

    private static bool TryParse(string? value, out DateTimeOffset? parsed)
    {
        parsed = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            parsed = time;
            return true;
        }

        return false;
    }
}
