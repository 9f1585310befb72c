using System.Text.Json;
using HmiApp.Access;
using HmiApp.Infrastructure.Diagnostics;
using HmiApp.Infrastructure.Wells;
using Microsoft.Extensions.Options;

namespace HmiApp.Diagnostics;

/// <summary>
/// The ESP platform's REST routes, beside ours under /api/v1 with the same API keys, so its field gateways and
/// clients keep working unchanged. Every route hands over to the implementation behind our own routes (same
/// validation, same stores, same diagnoses); only spelling and shape differ. <c>POST /diagnostics/analyze</c> and
/// <c>GET /diagnostics/critical</c> have the same path in both contracts and are served once, by
/// <see cref="DiagnosisEndpoints"/> (<see cref="AnalyzeRequestJsonConverter"/> reads both bodies).
/// </summary>
public static class EspPlatformEndpoints
{
    private const int MaxHours = 24 * 31;
    private const int MaxReadings = 1000;
    private const int MaxDiagnoses = 500;

    public static void MapEspPlatformApi(this IEndpointRouteBuilder endpoints)
    {
        var api = ApiEndpoints.Group(endpoints).WithTags("ESP platform");
        api.MapPost("/telemetry/ingest", IngestAsync).RequireAuthorization(HmiPolicies.Operate).WithName("EspIngestTelemetry");
        api.MapPost("/telemetry/batch", BatchAsync).RequireAuthorization(HmiPolicies.Operate).WithName("EspIngestTelemetryBatch");

        var well = api.MapGroup("/telemetry/wells/{id}");
        well.MapGet("/latest", async (string id, WellTelemetryHistory history, WellCatalog catalog, CancellationToken ct) =>
            !catalog.TryGet(id, out _) ? TelemetryEndpoints.UnknownWell(id, catalog)
            : await history.LatestAsync(id, ct) is { } reading ? Results.Ok(EspTelemetryItem.From(id, reading))
            : Results.Problem(statusCode: 404, title: "No telemetry", detail: $"Well '{id}' has no stored readings yet."))
            .WithName("EspLatestTelemetry");
        well.MapGet("/history", async (string id, int? hours, WellTelemetryHistory history, WellCatalog catalog, TimeProvider time, CancellationToken ct) =>
            !catalog.TryGet(id, out _) ? TelemetryEndpoints.UnknownWell(id, catalog)
            : Hours(hours) is { } bad ? bad
            : Results.Ok((await history.PageAsync(id, time.GetUtcNow().AddHours(-(hours ?? 24)), time.GetUtcNow(), 0, MaxReadings, ct))
                .Select(r => EspTelemetryItem.From(id, r))))
            .WithName("EspTelemetryHistory");
        well.MapGet("/summary", async (string id, int? hours, WellTelemetryHistory history, WellCatalog catalog, TimeProvider time, CancellationToken ct) =>
            !catalog.TryGet(id, out _) ? TelemetryEndpoints.UnknownWell(id, catalog)
            : Hours(hours) is { } bad ? bad
            : Results.Ok(await history.SummaryAsync(id, time.GetUtcNow().AddHours(-(hours ?? 24)), time.GetUtcNow(), ct)))
            .WithName("EspTelemetrySummary");

        var diagnosed = api.MapGroup("/diagnostics/wells/{id}");
        diagnosed.MapPost("/analyze-latest", async (string id, WellCatalog catalog, WellAnalyzer analyzer, WellTelemetryBuffer buffer, DiagnosisHistory history,
                IOptions<DiagnosticsOptions> options, TimeProvider time, CancellationToken ct) =>
            !catalog.TryGet(id, out _) ? TelemetryEndpoints.UnknownWell(id, catalog)
            : await DiagnosisEndpoints.AnalyzeAsync(new AnalyzeRequest(id, null), analyzer, buffer, history, options, time, ct))
            .WithName("EspAnalyzeLatest");
        diagnosed.MapGet("/history", async (string id, int? limit, DiagnosisHistory history, WellCatalog catalog, CancellationToken ct) =>
            !catalog.TryGet(id, out _) ? TelemetryEndpoints.UnknownWell(id, catalog)
            : limit is < 1 or > MaxDiagnoses ? Invalid("limit", $"limit = {limit} is invalid: 1..{MaxDiagnoses}")
            : Results.Ok(await history.PageAsync(id, changesOnly: false, 0, limit ?? 50, ct)))
            .WithName("EspDiagnosisHistory");
    }

    private static IResult? Hours(int? hours) =>
        hours is < 1 or > MaxHours ? Invalid("hours", $"hours = {hours} is invalid: 1..{MaxHours}") : null;

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    private static async Task<IResult> IngestAsync(HttpRequest request, IWellTelemetryIngest ingest, TimeProvider time, CancellationToken ct)
    {
        var (body, problem) = await ReadAsync(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            return Invalid("body", "body must be one reading (an object); send several to /api/v1/telemetry/batch");
        }

        return Answer([body], await IngestItemsAsync([body], ingest, time.GetUtcNow(), ct));
    }

    private static async Task<IResult> BatchAsync(HttpRequest request, IWellTelemetryIngest ingest, TimeProvider time, CancellationToken ct)
    {
        var (body, problem) = await ReadAsync(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        // The platform's gateways send either a bare array or {"readings": [...]}.
        var array = body.ValueKind == JsonValueKind.Array ? body
            : body.ValueKind == JsonValueKind.Object && body.TryGetProperty("readings", out var wrapped) && wrapped.ValueKind == JsonValueKind.Array ? wrapped
            : (JsonElement?)null;
        if (array is not { } items)
        {
            return Invalid("body", "body must be an array of readings, or an object with a readings array");
        }

        var list = items.EnumerateArray().ToList();
        return Answer(list, await IngestItemsAsync(list, ingest, time.GetUtcNow(), ct));
    }

    private static async Task<(JsonElement Body, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return (await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, JsonSerializerOptions.Web, ct), null);
        }
        catch (JsonException ex)
        {
            return (default, Invalid("body", $"body is not JSON: {ex.Message}"));
        }
    }

    private static IResult Answer(IReadOnlyList<JsonElement> items, IReadOnlyList<TelemetryItemError> errors)
    {
        var rejected = errors.Select(e => e.Index).Distinct().Count();
        var result = new { stored = items.Count - rejected, rejected, errors };
        return rejected == items.Count && items.Count > 0 ? Results.BadRequest(result) : Results.Ok(result);
    }

    private static async Task<IReadOnlyList<TelemetryItemError>> IngestItemsAsync(IReadOnlyList<JsonElement> items, IWellTelemetryIngest ingest, DateTimeOffset now, CancellationToken ct)
    {
        var errors = new List<TelemetryItemError>();
        for (var index = 0; index < items.Count; index++)
        {
            EspTelemetryItem? item;
            try
            {
                item = items[index].Deserialize<EspTelemetryItem>(JsonSerializerOptions.Web);
            }
            catch (JsonException ex)
            {
                errors.Add(new TelemetryItemError(index, ex.Path ?? "item", $"item {index} cannot be read: {ex.Message}"));
                continue;
            }

            var missing = item?.Missing() ?? ["well_id"];
            if (missing.Count > 0)
            {
                errors.AddRange(missing.Select(m => new TelemetryItemError(index, m, $"item {index}: {m} is required")));
                continue;
            }

            var refused = await TelemetryEndpoints.IngestAsync(index, item!.ToTelemetryItem(), ingest, now, ct);
            errors.AddRange(refused.Select(e => e with { Field = EspTelemetryItem.PlatformName(e.Field) }));
        }

        return errors;
    }
}
