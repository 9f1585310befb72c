using HmiApp.Access;
using HmiApp.Infrastructure.Diagnostics;
using HmiApp.Infrastructure.Wells;
using Microsoft.Extensions.Options;

namespace HmiApp.Diagnostics;

/// <summary>Wells: the list, adding a well that reports by REST, and an engineer's threshold overrides.</summary>
public static class WellEndpoints
{
    public static void MapWellApi(this IEndpointRouteBuilder endpoints)
    {
        var group = ApiEndpoints.Group(endpoints).MapGroup("/wells").WithTags("Wells");
        group.MapGet("/", (WellCatalog catalog, WellTelemetryBuffer buffer, WellTelemetryFreshness freshness, DiagnosisBoard board, IOptions<DiagnosticsOptions> options, TimeProvider time) =>
            Results.Ok(catalog.All.Select(w => WellView.From(w, buffer, freshness, board, options.Value.WindowLength, time.GetUtcNow()))));
        group.MapPost("/", async (NewWell body, WellStore store, CancellationToken ct) =>
        {
            var (well, field, error) = body.ToWell();
            if (well is null)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { [field!] = [error!] });
            }

            return await store.AddAsync(well, ct)
                ? Results.Created($"/api/v1/wells/{well.Id}", well)
                : Results.Problem(statusCode: 409, title: "Well exists", detail: $"A well '{well.Id}' exists already.");
        }).RequireAuthorization(HmiPolicies.Engineer);
        group.MapPut("/{id}/parameters", async (string id, Dictionary<string, double> overrides, WellStore store, WellCatalog catalog, CancellationToken ct) =>
        {
            if (!catalog.TryGet(id, out _))
            {
                return TelemetryEndpoints.UnknownWell(id, catalog);
            }

            var errors = await store.SetParameterOverridesAsync(id, overrides, ct);
            return errors.Count == 0
                ? Results.Ok(catalog.TryGet(id, out var well) ? well.Parameters.Values : null)
                : Results.ValidationProblem(new Dictionary<string, string[]> { ["parameters"] = errors.ToArray() },
                    title: "Overrides refused; the well's previous thresholds stay in force");
        }).RequireAuthorization(HmiPolicies.Engineer);
    }
}
