using HmiApp.Access;
using Microsoft.AspNetCore.Mvc;
using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Alarms;

namespace HmiApp.Alarms;

/// <summary>
/// REST for alarms under <c>/api/v1/alarms</c>. Everything is in one route group so that
/// authorization can be attached to it with one line. Alarm keys are path segments (URL-encode them).
/// </summary>
public static class AlarmEndpoints
{
    public static RouteGroupBuilder MapHmiAlarms(this IEndpointRouteBuilder endpoints)
    {
        var group = ApiEndpoints.Group(endpoints).MapGroup("/alarms").WithTags("Alarms");
        group.MapGet("/", (AlarmEngine engine, string? area, string? device, string? well, string? zone) =>
            Json(engine.ActiveAlarms().Where(new AlarmFilter(area, device, well, zone).Matches)));
        group.MapGet("/health", (AlarmEngine engine) => Json(engine.Health()));
        group.MapGet("/journal", SearchJournal);
        group.MapGet("/journal.csv", ExportJournal);
        group.MapPost("/acknowledge", async (AcknowledgeManyRequest request, AlarmCommands commands, HttpContext http) =>
            request.Keys?.Any(string.IsNullOrWhiteSpace) == true
                ? Problem("keys", "every key must name an alarm (a non-empty string, e.g. \"W-101/FlowRate/Low\").")
                : Json(new { acknowledged = (await commands.AcknowledgeAllAsync(Actor(http), request.Keys ?? [], http.RequestAborted)).Count })).RequireAuthorization(HmiPolicies.Operate);
        group.MapPost("/{key}/acknowledge", async (string key, AcknowledgeRequest? request, AlarmCommands commands, HttpContext http) =>
            ToResult(await commands.AcknowledgeAsync(Actor(http), key, request?.Comment, http.RequestAborted))).RequireAuthorization(HmiPolicies.Operate);
        group.MapPost("/{key}/shelve", async (string key, ShelveRequest request, AlarmCommands commands, HttpContext http) =>
            double.IsFinite(request.Minutes)
                ? ToResult(await commands.ShelveAsync(Actor(http), key, request.Reason ?? "", TimeSpan.FromMinutes(request.Minutes), http.RequestAborted))
                : Problem("minutes", $"{request.Minutes} is not a number of minutes.")).RequireAuthorization(HmiPolicies.Operate);
        group.MapDelete("/{key}/shelve", async (string key, AlarmCommands commands, HttpContext http) =>
            ToResult(await commands.UnshelveAsync(Actor(http), key, http.RequestAborted))).RequireAuthorization(HmiPolicies.Operate);
        group.MapPost("/{key}/out-of-service", async (string key, OutOfServiceRequest request, AlarmCommands commands, HttpContext http) =>
            ToResult(await commands.RemoveFromServiceAsync(Actor(http), key, request.Reason ?? "", http.RequestAborted))).RequireAuthorization(HmiPolicies.Engineer);
        group.MapDelete("/{key}/out-of-service", async (string key, AlarmCommands commands, HttpContext http) =>
            ToResult(await commands.ReturnToServiceAsync(Actor(http), key, http.RequestAborted))).RequireAuthorization(HmiPolicies.Engineer);
        group.MapGet("/definitions", async (AlarmDefinitionStore store, CancellationToken ct) => Json(await store.CurrentAsync(ct)));
        group.MapGet("/definitions/history", async (string? name, AlarmDefinitionStore store, CancellationToken ct) => Json(await store.HistoryAsync(name, ct)));
        group.MapPut("/definitions", SaveDefinitions).RequireAuthorization(HmiPolicies.Engineer);
        group.MapGet("/definitions/export", ExportDefinitions);
        group.MapPost("/definitions/import", ImportDefinitions).RequireAuthorization(HmiPolicies.Engineer);
        return group;
    }

    private static async Task<IResult> SaveDefinitions(HttpContext http, AlarmDefinitionStore store, AlarmCommands commands, string? note, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported content type",
                detail: "the body must be a JSON array of alarm definitions sent as application/json.");
        }

        IReadOnlyList<AlarmDefinition>? definitions;
        try
        {
            definitions = await http.Request.ReadFromJsonAsync<List<AlarmDefinition>>(AlarmDefinitionJson.Options, ct);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return Problem("body", $"{ex.Path}: {ex.Message}");
        }

        if (definitions is null)
        {
            return Problem("body", "must be a JSON array of alarm definitions.");
        }

        var errors = AlarmDefinitionValidator.Validate(definitions);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors.GroupBy(e => $"{e.Alarm}.{e.Field}").ToDictionary(g => g.Key, g => g.Select(e => e.Problem).ToArray()));
        }

        var added = await commands.SaveDefinitionsAsync(Actor(http), store, definitions, string.IsNullOrWhiteSpace(note) ? "saved" : note, ct);
        return Json(new { versionsAdded = added, definitions = definitions.Count });
    }

    private static async Task<IResult> ExportDefinitions(string? format, AlarmDefinitionStore store, [FromServices] IAlarmPointNames? points, CancellationToken ct)
    {
        if (points is null)
        {
            return NoPointMap();
        }

        var exchange = new AlarmDefinitionExchange(points);
        var definitions = await store.CurrentAsync(ct);
        return IsJson(format, out var problem)
            ? Results.Text(exchange.ToJson(definitions), "application/json")
            : problem ?? Results.Text(exchange.ToYaml(definitions), "application/yaml");
    }

    /// <summary>The document is the complete set: definitions not in it are deleted (as a new version).</summary>
    private static async Task<IResult> ImportDefinitions(HttpContext http, string? format, string? note, AlarmDefinitionStore store, AlarmCommands commands,
        [FromServices] IAlarmPointNames? points, CancellationToken ct)
    {
        if (points is null)
        {
            return NoPointMap();
        }

        var json = IsJson(format, out var problem);
        if (problem is not null)
        {
            return problem;
        }

        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync(ct);
        var exchange = new AlarmDefinitionExchange(points);
        var imported = json ? exchange.FromJson(text) : exchange.FromYaml(text);
        if (!imported.Succeeded)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["document"] = [.. imported.Problems] });
        }

        var added = await commands.SaveDefinitionsAsync(Actor(http), store, imported.Definitions, string.IsNullOrWhiteSpace(note) ? "imported" : note, ct);
        return Json(new { versionsAdded = added, definitions = imported.Definitions.Count });
    }

    private static bool IsJson(string? format, out IResult? problem)
    {
        problem = null;
        switch (format?.ToLowerInvariant())
        {
            case null or "yaml":
                return false;
            case "json":
                return true;
            default:
                problem = Problem("format", $"'{format}' is not a format; use yaml or json.");
                return false;
        }
    }

    private static IResult NoPointMap() => Results.Problem(statusCode: 503, title: "No point map",
        detail: "Import and export name points; no point map (IAlarmPointNames) is registered in this installation.");

    private static async Task<IResult> SearchJournal(AlarmJournalStore store, DateTimeOffset? from, DateTimeOffset? to, string? text, int? priority, string? state, int? page, int? pageSize, CancellationToken ct)
    {
        if (!TryQuery(from, to, text, priority, state, page ?? 1, pageSize ?? 50, out var query, out var problem))
        {
            return problem;
        }

        return Json(await store.SearchAsync(query, ct));
    }

    private static IResult ExportJournal(HttpContext http, AlarmJournalStore store, DateTimeOffset? from, DateTimeOffset? to, string? text, int? priority, string? state)
    {
        if (!TryQuery(from, to, text, priority, state, 1, 1, out var query, out var problem))
        {
            return problem;
        }

        http.Response.Headers.ContentDisposition = "attachment; filename=\"alarm-journal.csv\"";
        return Results.Stream(stream => AlarmJournalCsv.WriteAsync(stream, store.StreamAsync(query), http.RequestAborted), "text/csv; charset=utf-8");
    }

    private static bool TryQuery(DateTimeOffset? from, DateTimeOffset? to, string? text, int? priority, string? state, int page, int pageSize, out AlarmJournalQuery query, out IResult problem)
    {
        query = new AlarmJournalQuery(from, to, text);
        problem = Results.Empty;
        var problems = new Dictionary<string, string[]>();
        if (priority is { } p && !Enum.IsDefined((AlarmPriority)p))
        {
            problems["priority"] = [$"{p} is not a priority; use 1 (urgent) to 4 (low)."];
        }

        AlarmState? parsedState = null;
        if (state is not null)
        {
            if (Enum.TryParse<AlarmState>(state, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(state, out _))
            {
                parsedState = s;
            }
            else
            {
                problems["state"] = [$"'{state}' is not an alarm state. Use one of: {string.Join(", ", Enum.GetNames<AlarmState>())}."];
            }
        }

        query = query with { Priority = priority is { } pr ? (AlarmPriority)pr : null, State = parsedState, Page = page, PageSize = pageSize };
        foreach (var issue in query.Problems())
        {
            var field = issue[..issue.IndexOf(':')];
            problems[field] = [issue];
        }

        if (problems.Count > 0)
        {
            problem = Results.ValidationProblem(problems);
            return false;
        }

        return true;
    }

    private static AlarmActor Actor(HttpContext http) => new(AlarmUser.NameOf(http.User), ClientAddress.Of(http));

    private static IResult ToResult(AlarmCommandResult result) => result.Outcome switch
    {
        AlarmCommandOutcome.Done => Json(result.Alarm),
        AlarmCommandOutcome.UnknownAlarm => Results.Problem(statusCode: 404, title: "Unknown alarm", detail: result.Error),
        _ => Results.Problem(statusCode: 409, title: "Refused", detail: result.Error),
    };

    // Enum names, not numbers: states and priorities are read by people and scripts alike.
    private static IResult Json<T>(T value) => Results.Json(value, AlarmDefinitionJson.Options);

    private static IResult Problem(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
