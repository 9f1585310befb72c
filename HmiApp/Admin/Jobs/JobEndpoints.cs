using HmiApp.Access;
using HmiApp.Infrastructure.Acquisition.Runs;

namespace HmiApp.Admin.Jobs;

public static class JobEndpoints
{
    public const int MaxTake = 500;

    /// <summary>
    /// <c>GET /api/v1/jobs</c> (every recurring poll job with schedule, state and counts) and
    /// <c>GET /api/v1/jobs/{key}/runs</c> (its persisted runs, newest first, paged), for administrators.
    /// </summary>
    public static RouteGroupBuilder MapJobs(this RouteGroupBuilder api)
    {
        api.MapGet("/jobs", async (JobBoard board, CancellationToken cancellationToken) => Results.Ok(await board.ListAsync(cancellationToken)))
            .RequireAuthorization(HmiPolicies.Administer);
        api.MapGet("/jobs/{key}/runs", async (string key, int? skip, int? take, JobBoard board, JobRunStore runs, CancellationToken cancellationToken) =>
        {
            var s = skip ?? 0;
            var t = take ?? 50;
            if (s < 0 || t is < 1 or > MaxTake)
            {
                return Results.Problem(
                    detail: $"skip must be 0 or more and take 1..{MaxTake}; got skip={s}, take={t}.",
                    statusCode: StatusCodes.Status400BadRequest);
            }

            if (board.Find(key) is null)
            {
                return Results.Problem(detail: $"No recurring job '{key}': list them with GET {ApiEndpoints.Prefix}/jobs.", statusCode: StatusCodes.Status404NotFound);
            }

            var page = await runs.RunsAsync(key, s, t, cancellationToken);
            return Results.Ok(new { page.Total, Skip = s, Take = t, page.Items });
        }).RequireAuthorization(HmiPolicies.Administer);
        return api;
    }
}
