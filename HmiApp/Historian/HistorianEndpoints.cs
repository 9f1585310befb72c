using HmiApp.Access;
using System.Globalization;
using System.Text;
using HmiApp.Health;
using HmiApp.Infrastructure.Historian;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HmiApp.Historian;

public static class HistorianEndpoints
{
    /// <summary>The historian (writer, maintenance, reader) and its readiness check.</summary>
    public static IServiceCollection AddHmiHistorian(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddHistorian(configuration, contentRoot);
        services.AddHealthChecks().AddCheck<HistorianReadinessCheck>("historian", tags: [HealthTags.Ready]);
        return services;
    }

    /// <summary>
    /// <c>GET /api/v1/points/{id}/history</c> (raw pages or, with <c>maxPoints</c>, a downsampled series)
    /// and <c>GET /api/v1/points/{id}/history.csv</c>. The routes share one group, so authorization is
    /// one <c>RequireAuthorization()</c> on it.
    /// </summary>
    public static RouteGroupBuilder MapHmiHistorian(this IEndpointRouteBuilder endpoints)
    {
        var group = ApiEndpoints.Group(endpoints).MapGroup("/points").WithTags("History");
        group.MapGet("/{id}/history", GetHistoryAsync)
            .WithName("GetPointHistory")
            .WithSummary("Raw samples of a point, a page at a time, or a min/max series of at most maxPoints points.");
        group.MapGet("/{id}/history.csv", GetCsv)
            .WithName("ExportPointHistoryCsv")
            .WithSummary("Every raw sample of a point in [from, to) as CSV (time,value,quality), streamed.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();
        return group;
    }

    private static async Task<Results<Ok<HistoryPageResponse>, Ok<DownsampledHistoryResponse>, ValidationProblem>> GetHistoryAsync(
        string id, string? from, string? to, string? limit, string? cursor, string? maxPoints,
        HistoryReader reader, IPointCatalog catalog, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (query, errors) = HistoryQuery.Parse(id, from, to, limit, cursor, maxPoints, clock.GetUtcNow());
        if (query is null)
        {
            return Invalid(errors);
        }

        var point = await catalog.FindAsync(query.PointId, cancellationToken);
        var (fromTime, toTime) = (HistoryTime.FromMicros(query.From), HistoryTime.FromMicros(query.To));
        if (query.MaxPoints is { } max)
        {
            var series = await reader.DownsampleAsync(query.PointId, query.From, query.To, max, cancellationToken);
            return TypedResults.Ok(new DownsampledHistoryResponse(
                query.PointId, point?.Name, point?.Units, fromTime, toTime, SourceName(series.Source), max,
                series.BucketWidth / (double)HistoryTime.MicrosPerSecond,
                series.Points.Select(p => new HistoryPointDto(HistoryTime.FromMicros(p.Time), p.Value)).ToList()));
        }

        var page = await reader.ReadPageAsync(query.PointId, query.From, query.To, query.Cursor, query.Limit, cancellationToken);
        return TypedResults.Ok(new HistoryPageResponse(
            query.PointId, point?.Name, point?.Units, fromTime, toTime,
            page.Samples.Select(s => new HistorySampleDto(s.Timestamp, s.Value, s.Quality.ToString())).ToList(),
            page.NextCursor?.ToString(CultureInfo.InvariantCulture)));
    }

    private static IResult GetCsv(string id, string? from, string? to, HistoryReader reader, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (query, errors) = HistoryQuery.Parse(id, from, to, null, null, null, clock.GetUtcNow());
        if (query is null)
        {
            return Invalid(errors);
        }

        return Results.Stream(
            async body =>
            {
                await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
                await writer.WriteAsync("time,value,quality\n");
                var rows = 0;
                await foreach (var sample in reader.ReadAllAsync(query.PointId, query.From, query.To, cancellationToken))
                {
                    await writer.WriteAsync(HistoryCsv.Row(sample));
                    if (++rows % 10_000 == 0)
                    {
                        await writer.FlushAsync();
                    }
                }
            },
            "text/csv; charset=utf-8",
            $"point-{query.PointId}-history.csv");
    }

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors,
            detail: "Invalid " + string.Join(", ", errors.Keys) + ": " + string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
            title: "The history request has invalid parameters.");

    private static string SourceName(HistorySource source) => source switch
    {
        HistorySource.Hour => "rollup-1h",
        HistorySource.Minute => "rollup-1m",
        _ => "raw",
    };
}
