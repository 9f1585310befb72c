using HmiApp.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace HmiApp.Tests.Access;

/// <summary>
/// Every route of the app with the policy it must enforce. A route is either on the explicit
/// allow-list of anonymous routes or carries exactly one HMI policy; anything else (no policy, an
/// unknown policy, anonymous but not allow-listed) is reported as a problem, never skipped.
/// </summary>
public static class AuthorizationMatrix
{
    /// <summary>Routes anyone may reach, each with the reason why.</summary>
    public static IReadOnlyDictionary<string, string> AnonymousRoutes { get; } = new Dictionary<string, string>
    {
        ["/healthz"] = "liveness probe for the orchestrator",
        ["/readyz"] = "readiness probe for the orchestrator",
        ["/signin"] = "the sign-in page",
        ["/setup"] = "the one-time set-up page; gone once an administrator exists",
        ["/kiosk-sign-in"] = "the page a kiosk's sign-in link opens",
        ["/access/sign-in"] = "the sign-in form's endpoint",
        ["/access/setup"] = "the set-up form's endpoint; 404 once an administrator exists",
        ["/access/kiosk-sign-in"] = "the kiosk sign-in form's endpoint",
        ["/access-denied"] = "says 'not allowed' to a signed-in user below a page's policy",
        ["/error"] = "the error page the exception handler re-executes",
        ["/not-found"] = "the not-found page",
        ["/openapi/{documentName}.json"] = "the REST API's description; no plant data, read by clients before they have a key",
        ["/metrics"] = "scraped by Prometheus, which cannot sign in: admitted by address allow-list or bearer token (MetricsScrapeAccess, tested in MetricsEndpointTests)",
        ["/{**path:file}"] = "MapStaticAssets' fallback for files of wwwroot (paths with a file extension only)",
    };

    /// <summary>
    /// Framework routes that are anonymous by design: static files (CSS, scripts, fonts the sign-in page
    /// needs too) and the Blazor circuit's hub, inside which every page checks its own policy again.
    /// </summary>
    public static IReadOnlyList<string> AnonymousFrameworkPrefixes { get; } = ["/_blazor", "/_framework", "/_content/", "/assets/"];

    public static MatrixResult Build(IEnumerable<Endpoint> endpoints)
    {
        var rows = new List<MatrixRow>();
        var problems = new List<string>();
        foreach (var endpoint in endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToArray() ?? ["GET"];
            var allowAnonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            var known = policies.Where(p => p is not null && HmiPolicies.All.Contains(p)).Distinct().ToList();
            var isStaticAsset = IsStaticAsset(endpoint);

            if (AnonymousRoutes.ContainsKey(route) || isStaticAsset || AnonymousFrameworkPrefixes.Any(p => route.StartsWith(p, StringComparison.Ordinal)))
            {
                if (policies.Count > 0 && !allowAnonymous)
                {
                    problems.Add($"{route} is on the anonymous allow-list but requires {string.Join(", ", policies.Select(p => p ?? "(authenticated)"))}");
                }

                rows.Add(new MatrixRow(route, methods, null, endpoint));
            }
            else if (allowAnonymous)
            {
                problems.Add($"{route} allows anonymous callers but is not on the allow-list of anonymous routes");
            }
            else if (known.Count == 0)
            {
                problems.Add(policies.Count == 0
                    ? $"{route} ({endpoint.DisplayName}) declares no policy: add [Authorize(Policy = HmiPolicies.X)] or RequireAuthorization(HmiPolicies.X)"
                    : $"{route} declares only policies the HMI does not know ({string.Join(", ", policies.Select(p => p ?? "(authenticated)"))})");
            }
            else
            {
                // Policies on an endpoint all apply, so the strictest one decides.
                rows.Add(new MatrixRow(route, methods, known.MaxBy(p => HmiPolicies.All.ToList().IndexOf(p!)), endpoint));
            }
        }

        return new MatrixResult(rows, problems);
    }

    private static bool IsStaticAsset(Endpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor");
}

public sealed record MatrixRow(string Route, IReadOnlyList<string> Methods, string? Policy, Endpoint Endpoint)
{
    public bool IsApi => Route.StartsWith(ApiEndpoints.Prefix, StringComparison.Ordinal);

    public override string ToString() => $"{string.Join(",", Methods)} {Route} -> {Policy ?? "anonymous"}";
}

public sealed record MatrixResult(IReadOnlyList<MatrixRow> Rows, IReadOnlyList<string> Problems);
