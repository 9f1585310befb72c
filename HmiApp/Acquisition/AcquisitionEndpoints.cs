using HmiApp.Access;
using HmiApp.Admin.Jobs;
using HmiApp.Health;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Files;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Reading;
using HmiApp.Infrastructure.Acquisition.Runs;

namespace HmiApp.Acquisition;

public static class AcquisitionEndpoints
{
    /// <summary>Acquisition services and its readiness check "acquisition" (tagged ready).</summary>
    public static IServiceCollection AddHmiAcquisitionFeature(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddHmiAcquisition(configuration, contentRoot);
        services.AddJobRunHistory(configuration);
        services.AddSingleton<PointProbe>();
        services.AddHealthChecks().AddCheck<AcquisitionReadinessCheck>("acquisition", tags: [HealthTags.Ready]);
        return services;
    }

    /// <summary>
    /// <c>GET /api/v1/points</c>, <c>GET /api/v1/devices</c> and the jobs (<see cref="JobEndpoints"/>), in one group so that authorization can be
    /// required on it in one place.
    /// </summary>
    public static RouteGroupBuilder MapHmiAcquisition(this IEndpointRouteBuilder endpoints)
    {
        var api = ApiEndpoints.Group(endpoints);
        api.MapGet("/points", (HttpRequest request, AcquisitionEngine engine, CurrentValueTable values, string? search, int? skip, int? take) =>
        {
            var s = skip ?? 0;
            var t = take ?? 100;
            if (s < 0 || t is < 1 or > PointQuery.MaxTake)
            {
                return Results.Problem(
                    detail: $"skip must be 0 or more and take 1..{PointQuery.MaxTake}; got skip={s}, take={t}.",
                    statusCode: StatusCodes.Status400BadRequest);
            }

            var tags = request.Query["tag"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
            return Results.Ok(PointQuery.Run(engine, values, tags, search, s, t));
        });
        api.MapGet("/point-map/export", (PointMapService maps, string? format) =>
        {
            if (!Enum.TryParse<PointMapFormat>(format ?? "csv", ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Results.Problem(detail: $"Unknown format '{format}': use csv, yaml or json.", statusCode: StatusCodes.Status400BadRequest);
            }

            var (type, extension) = parsed switch
            {
                PointMapFormat.Yaml => ("application/yaml", "yaml"),
                PointMapFormat.Json => ("application/json", "json"),
                _ => ("text/csv", "csv"),
            };
            return Results.File(System.Text.Encoding.UTF8.GetBytes(maps.Export(parsed)), type, $"point-map.{extension}");
        }).RequireAuthorization(HmiPolicies.Engineer);
        api.MapGet("/devices", (DeviceStatusBoard board) => Results.Ok(board.Statuses()));
        api.MapJobs();
        return api;
    }
}
