using HmiApp.Access;
using System.Text.Json;
using HmiApp.Infrastructure.Wells;

namespace HmiApp.Diagnostics;

/// <summary>Telemetry of wells not on Modbus, posted by REST, and the stored readings of every well.</summary>
public static class TelemetryEndpoints
{
    private const int MaxPageSize = 1000;

    public static void MapTelemetryApi(this IEndpointRouteBuilder endpoints)
    {
        ApiEndpoints.Group(endpoints).MapPost("/telemetry", PostAsync).WithTags("Telemetry").RequireAuthorization(HmiPolicies.Operate);
        var well = ApiEndpoints.Group(endpoints).MapGroup("/wells/{id}/telemetry").WithTags("Telemetry");
        well.MapGet("/latest", async (string id, WellTelemetryHistory history, WellCatalog catalog, CancellationToken ct) =>
            !catalog.TryGet(id, out _) ? UnknownWell(id, catalog)
            : await history.LatestAsync(id, ct) is { } reading ? Results.Ok(reading)
            : Results.Problem(statusCode: 404, title: "No telemetry", detail: $"Well '{id}' has no stored readings yet."));
        well.MapGet("/", async (string id, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, WellTelemetryHistory history, WellCatalog catalog, TimeProvider time, CancellationToken ct) =>
        {
            if (!catalog.TryGet(id, out _))
            {
                return UnknownWell(id, catalog);
            }

            var size = pageSize ?? 100;
            if (size is < 1 or > MaxPageSize || page < 0)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["pageSize"] = [$"pageSize = {size} and page = {page} are invalid: pageSize must be 1..{MaxPageSize}, page >= 0"],
                });
            }

            var (start, end, problem) = Period(from, to, time);
            return problem ?? Results.Ok(await history.PageAsync(id, start, end, page ?? 0, size, ct));
        });
        well.MapGet("/summary", async (string id, DateTimeOffset? from, DateTimeOffset? to, WellTelemetryHistory history, WellCatalog catalog, TimeProvider time, CancellationToken ct) =>
        {
            if (!catalog.TryGet(id, out _))
            {
                return UnknownWell(id, catalog);
            }

            var (start, end, problem) = Period(from, to, time);
            return problem ?? Results.Ok(await history.SummaryAsync(id, start, end, ct));
        });
    }

    internal static IResult UnknownWell(string id, WellCatalog catalog) => Results.Problem(
        statusCode: 404,
        title: "Unknown well",
        detail: $"No well '{id}'. Known: {string.Join(", ", catalog.All.Select(w => w.Well.Id))}.");

    /// <summary>Defaults to the last hour; a period that ends before it starts is refused.</summary>
    private static (DateTimeOffset From, DateTimeOffset To, IResult? Problem) Period(DateTimeOffset? from, DateTimeOffset? to, TimeProvider time)
    {
        var end = to ?? time.GetUtcNow();
        var start = from ?? end.AddHours(-1);
        return end < start
            ? (start, end, Results.ValidationProblem(new Dictionary<string, string[]> { ["to"] = [$"to ({end:O}) is before from ({start:O})"] }))
            : (start, end, null);
    }

    private static async Task<IResult> PostAsync(HttpRequest request, IWellTelemetryIngest ingest, TimeProvider time, CancellationToken ct)
    {
        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, JsonSerializerOptions.Web, ct);
        }
        catch (JsonException ex)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"body is not JSON: {ex.Message}"] });
        }

        var items = body.ValueKind switch
        {
            JsonValueKind.Array => body.EnumerateArray().ToList(),
            JsonValueKind.Object => [body],
            _ => null,
        };
        if (items is null)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["body must be one reading (an object) or a batch (an array of readings)"] });
        }

        var errors = new List<TelemetryItemError>();
        var stored = 0;
        var now = time.GetUtcNow();
        for (var index = 0; index < items.Count; index++)
        {
            var itemErrors = await IngestItemAsync(index, items[index], ingest, now, ct);
            errors.AddRange(itemErrors);
            stored += itemErrors.Count == 0 ? 1 : 0;
        }

        var result = new { stored, rejected = items.Count - stored, errors };
        return stored == 0 && items.Count > 0 ? Results.BadRequest(result) : Results.Ok(result);
    }

    private static async Task<IReadOnlyList<TelemetryItemError>> IngestItemAsync(int index, JsonElement element, IWellTelemetryIngest ingest, DateTimeOffset now, CancellationToken ct)
    {
        TelemetryItem? item;
        try
        {
            item = element.Deserialize<TelemetryItem>(JsonSerializerOptions.Web);
        }
        catch (JsonException ex)
        {
            return [new TelemetryItemError(index, ex.Path ?? "item", $"item {index} cannot be read: {ex.Message}")];
        }

        return item is null
            ? [new TelemetryItemError(index, "wellId", $"item {index}: wellId is required")]
            : await IngestAsync(index, item, ingest, now, ct);
    }

    /// <summary>Validates and stores one reading, whichever route set it came by.</summary>
    internal static async Task<IReadOnlyList<TelemetryItemError>> IngestAsync(int index, TelemetryItem item, IWellTelemetryIngest ingest, DateTimeOffset now, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(item.WellId))
        {
            return [new TelemetryItemError(index, "wellId", $"item {index}: wellId is required")];
        }

        var (reading, missing) = item.ToReading(now);
        if (reading is null)
        {
            return missing.Select(m => new TelemetryItemError(index, m, $"item {index}: {m} is required")).ToList();
        }

        var refused = await ingest.IngestAsync(item.WellId, reading, ct);
        return refused.Select(e => new TelemetryItemError(index, char.ToLowerInvariant(e.Field[0]) + e.Field[1..], $"item {index}: {e.Message}")).ToList();
    }
}
