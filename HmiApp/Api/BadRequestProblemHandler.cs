using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HmiApp.Api;

/// <summary>
/// A request the endpoint could not bind (malformed JSON, a value of the wrong type, a number out of its type's
/// range, an unparsable date, a wrong content type or a body too large) is the client's error: answered with its
/// own status (400, 413 or 415) as a validation problem naming the field and what was expected, in every
/// environment, instead of the 500 the framework's exception handler would give. Anything else is left to it.
/// </summary>
public sealed partial class BadRequestProblemHandler(IProblemDetailsService problems, ILogger<BadRequestProblemHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var json = FindJsonException(bad);
        var field = json is null ? ParameterName(bad.Message) : FieldOf(json.Path) ?? ParameterName(bad.Message);
        var expected = json is null ? bad.Message : $"{bad.Message} {JsonDetail(json)}";
        LogRejected(log, httpContext.Request.Method, httpContext.Request.Path, bad.StatusCode, field, expected);

        httpContext.Response.StatusCode = bad.StatusCode;
        var problem = new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [expected] })
        {
            Status = bad.StatusCode,
            Title = bad.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => "Request body too large",
                StatusCodes.Status415UnsupportedMediaType => "Unsupported content type",
                _ => "The request could not be read",
            },
            Detail = expected,
        };
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static JsonException? FindJsonException(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                return json;
            }
        }

        return null;
    }

    /// <summary>"$.readings[0].flowRate" -> "readings[0].flowRate"; the root ("$") names no field.</summary>
    private static string? FieldOf(string? path) =>
        path is null or "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    /// <summary>The framework's messages quote the parameter: Failed to bind parameter "int page" from "x".</summary>
    private static string ParameterName(string message)
    {
        var start = message.IndexOf('"', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('"', start + 1);
        if (end <= start)
        {
            return "body";
        }

        var quoted = message[(start + 1)..end];
        var space = quoted.LastIndexOf(' ');
        return space < 0 ? quoted : quoted[(space + 1)..];
    }

    // The JSON reader's message says which token it met and where; keep it, without the stack of converters.
    private static string JsonDetail(JsonException json) => json.Message.Split(" Path:", 2)[0];

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected {Method} {Path} with {Status}: {Field}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string method, string path, int status, string field, string reason);
}
