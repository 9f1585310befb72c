using HmiApp.Access;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Diagnostics;
using HmiApp.Infrastructure.Wells;
using Microsoft.Extensions.Options;

namespace HmiApp.Diagnostics;

/// <summary>Diagnoses on demand, their history, the critical list, and the tree in force.</summary>
public static class DiagnosisEndpoints
{
    public const string OnDemandSource = "on-demand";
    private const int MaxPageSize = 500;

    public static void MapDiagnosisApi(this IEndpointRouteBuilder endpoints)
    {
        var group = ApiEndpoints.Group(endpoints).MapGroup("/diagnostics").WithTags("Diagnostics");
        group.MapPost("/analyze", AnalyzeAsync);
        group.MapGet("/critical", (DiagnosisBoard board) => Results.Ok(board.CriticalAndHigh));
        group.MapGet("/tree", (DiagnosticTreeStore trees) => Results.Text(Domain.Diagnostics.DiagnosticTreeJson.Serialize(trees.Current), "application/json"));
        group.MapPut("/tree", async (HttpRequest request, DiagnosticTreeStore trees, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var errors = await trees.ReplaceAsync(await reader.ReadToEndAsync(ct), ct);
            return errors.Count == 0
                ? Results.Ok(new { trees.Current.Id, trees.Current.Version })
                : Results.ValidationProblem(new Dictionary<string, string[]> { ["tree"] = errors.Select(e => e.ToString()).ToArray() },
                    title: $"Tree refused; tree {trees.Current.Id} v{trees.Current.Version} stays in force");
        }).RequireAuthorization(HmiPolicies.Engineer);

        ApiEndpoints.Group(endpoints).MapGet("/wells/{id}/diagnoses", async (string id, int? page, int? pageSize, bool? changesOnly, DiagnosisHistory history, WellCatalog catalog, CancellationToken ct) =>
        {
            if (!catalog.TryGet(id, out _))
            {
                return TelemetryEndpoints.UnknownWell(id, catalog);
            }

            var size = pageSize ?? 50;
            if (size is < 1 or > MaxPageSize || page < 0)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["pageSize"] = [$"pageSize = {size} and page = {page} are invalid: pageSize must be 1..{MaxPageSize}, page >= 0"],
                });
            }

            return Results.Ok(await history.PageAsync(id, changesOnly ?? false, page ?? 0, size, ct));
        }).WithTags("Diagnostics");
    }

    internal static async Task<IResult> AnalyzeAsync(
        AnalyzeRequest request, WellAnalyzer analyzer, WellTelemetryBuffer buffer, DiagnosisHistory history,
        IOptions<DiagnosticsOptions> options, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.WellId))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["wellId"] = ["wellId is required"] });
        }

        var now = time.GetUtcNow();
        var readings = new List<WellTelemetryReading>();
        if (request.Readings is { Count: > 0 } posted)
        {
            var errors = new Dictionary<string, string[]>();
            for (var i = 0; i < posted.Count; i++)
            {
                var (reading, missing) = posted[i].ToReading(now);
                var problems = reading is null ? missing.Select(m => $"{m} is required").ToList() : reading.Validate().Select(e => e.Message).ToList();
                if (problems.Count > 0)
                {
                    errors[$"readings[{i}]"] = problems.ToArray();
                }
                else
                {
                    readings.Add(reading!);
                }
            }

            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors);
            }
        }
        else
        {
            readings.AddRange(buffer.Since(request.WellId, now - options.Value.WindowLength));
        }

        var (result, error) = analyzer.Analyze(request.WellId, readings);
        if (result is null)
        {
            return Results.Problem(statusCode: 409, title: "Cannot analyze", detail: error);
        }

        // Readings the caller supplied are a what-if, not the well's own telemetry: answered, never kept as its history.
        if (request.Readings is { Count: > 0 })
        {
            return Results.Ok(DiagnosisView.From(DiagnosisView.ToRecord(request.WellId, now, result, OnDemandSource, isChange: false)));
        }

        var stored = await history.AddAsync([DiagnosisView.ToRecord(request.WellId, now, result, OnDemandSource, isChange: false)], ct);
        return Results.Ok(stored[0]);
    }
}
