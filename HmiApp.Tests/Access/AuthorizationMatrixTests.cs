using System.Net;
using HmiApp.Access;
using HmiApp.Domain.Access;
using HmiApp.Infrastructure.Access;
using HmiApp.Tests.TestSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace HmiApp.Tests.Access;

/// <summary>
/// Enumerates EVERY route of the running app and proves each one is denied to anonymous callers and
/// to the role just below its policy, and admitted to the policy's own role.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new();

    [Fact]
    public async Task Every_route_is_anonymous_by_allow_list_or_declares_a_known_policy_that_it_enforces()
    {
        app.CreateClient().Dispose();
        var matrix = AuthorizationMatrix.Build(app.Services.GetRequiredService<EndpointDataSource>().Endpoints);
        Assert.True(matrix.Problems.Count == 0, "Routes without a known policy:\n" + string.Join("\n", matrix.Problems));

        var guarded = matrix.Rows.Where(r => r.Policy is not null).ToList();
        // The pages and endpoints of this branch; a route that disappears from the matrix is noticed too.
        foreach (var expected in new[] { "/", "/zones", "/wells", "/wells/{WellId}", "/diagnostics", "/trends", "/alarms", "/admin/alarms/definitions", "/devices", "/admin", "/kiosk", "/kiosk/zones", "/admin/users", "/admin/api-keys", "/admin/audit", "/admin/audit/export.csv", "/api/v1/me", "/api/v1/jobs", "/api/v1/jobs/{key}/runs", "/admin/jobs", "/admin/hangfire/{**path}", "/admin/point-maps", "/access/sign-out" })
        {
            Assert.Contains(guarded, r => r.Route == expected);
        }

        var clients = new Dictionary<string, HttpClient> { ["(no role)"] = await app.SignedInAsync(null) };
        foreach (var role in HmiRoles.All)
        {
            clients[role] = await app.SignedInAsync(role);
        }

        var keys = new Dictionary<string, string>();
        foreach (var role in HmiRoles.Ranked)
        {
            keys[role] = (await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync($"matrix {role}", role, null, "test", CancellationToken.None)).PlainKey;
        }

        var report = new List<string>();
        foreach (var row in guarded)
        {
            var minimum = HmiPolicies.MinimumRole(row.Policy!);
            var below = HmiRoles.Ranked.TakeWhile(r => r != minimum).LastOrDefault();
            foreach (var method in row.Methods)
            {
                var path = Concrete(row.Route);
                var anonymous = await SendAsync(app.CreateBrowserLikeClient(), method, path, row.IsApi ? "" : null);
                Expect(report, row, method, "anonymous", anonymous, denied: true, signIn: !row.IsApi);

                if (row.IsApi)
                {
                    Expect(report, row, method, "a wrong key", await SendAsync(app.CreateBrowserLikeClient(), method, path, "hmi_00000000_" + new string('0', 64)), denied: true, signIn: false);
                    if (below is not null)
                    {
                        Expect(report, row, method, below, await SendAsync(app.CreateBrowserLikeClient(), method, path, keys[below]), denied: true, signIn: false);
                    }

                    Expect(report, row, method, minimum, await SendAsync(app.CreateBrowserLikeClient(), method, path, keys[minimum]), denied: false, signIn: false);
                    // A signed-in browser is no API client: the REST group takes keys only.
                    Expect(report, row, method, "Admin cookie", await SendAsync(clients[HmiRoles.Admin], method, path, null), denied: true, signIn: false);
                    continue;
                }

                Expect(report, row, method, below ?? "(no role)", await SendAsync(clients[below ?? "(no role)"], method, path, null), denied: true, signIn: false);
                if (row.Policy != HmiPolicies.View)
                {
                    Expect(report, row, method, HmiRoles.Kiosk, await SendAsync(clients[HmiRoles.Kiosk], method, path, null), denied: true, signIn: false);
                }

                Expect(report, row, method, minimum, await SendAsync(clients[minimum], method, path, null), denied: false, signIn: false);
            }
        }

        Assert.True(report.Count == 0, string.Join("\n", report));
    }

    [Fact]
    public void The_matrix_flags_a_route_without_a_policy_an_unknown_policy_and_an_unlisted_anonymous_route()
    {
        var endpoints = new[]
        {
            Route("/api/v1/unguarded"),
            Route("/zones/setpoint", new AuthorizeAttribute()),
            Route("/wells/edit", new AuthorizeAttribute("SomethingElse")),
            Route("/backdoor", new AllowAnonymousAttribute()),
            Route("/wells", new AuthorizeAttribute(HmiPolicies.View)),
            Route("/healthz"),
        };

        var matrix = AuthorizationMatrix.Build(endpoints);

        Assert.Equal(4, matrix.Problems.Count);
        Assert.Contains(matrix.Problems, p => p.StartsWith("/api/v1/unguarded (/api/v1/unguarded) declares no policy", StringComparison.Ordinal));
        Assert.Contains(matrix.Problems, p => p.StartsWith("/zones/setpoint declares only policies the HMI does not know", StringComparison.Ordinal));
        Assert.Contains(matrix.Problems, p => p.StartsWith("/wells/edit declares only policies", StringComparison.Ordinal));
        Assert.Contains(matrix.Problems, p => p.StartsWith("/backdoor allows anonymous callers", StringComparison.Ordinal));
        Assert.Equal([HmiPolicies.View, null], matrix.Rows.Select(r => r.Policy));
    }

    [Fact]
    public void A_page_that_loses_its_policy_is_flagged_in_the_running_app()
    {
        app.CreateClient().Dispose();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var zones = endpoints.Single(e => e.RoutePattern.RawText == "/zones");
        var stripped = new RouteEndpoint(zones.RequestDelegate!, zones.RoutePattern, zones.Order,
            new EndpointMetadataCollection(zones.Metadata.Where(m => m is not IAuthorizeData)), zones.DisplayName);

        var matrix = AuthorizationMatrix.Build(endpoints.Select(e => e == zones ? stripped : e));

        var problem = Assert.Single(matrix.Problems);
        Assert.StartsWith("/zones (", problem);
        Assert.EndsWith("declares no policy: add [Authorize(Policy = HmiPolicies.X)] or RequireAuthorization(HmiPolicies.X)", problem);
    }

    private static RouteEndpoint Route(string pattern, params object[] metadata) =>
        new(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0, new EndpointMetadataCollection(metadata), pattern);

    // Route parameters get a sample value, so that the request reaches the route and its authorization.
    private static string Concrete(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", "1");

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string? apiKey)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (!string.IsNullOrEmpty(apiKey))
        {
            request.Headers.Add(ApiKeyAuthentication.HeaderName, apiKey);
        }

        if (method != "GET")
        {
            // A body of the kind the endpoint accepts, so that content negotiation (415) never answers before authorization.
            request.Content = path.StartsWith(ApiEndpoints.Prefix, StringComparison.Ordinal)
                ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json")
                : new FormUrlEncodedContent([]);
        }

        return await client.SendAsync(request);
    }

    private static void Expect(List<string> report, MatrixRow row, string method, string who, HttpResponseMessage response, bool denied, bool signIn)
    {
        var status = response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        var toSignIn = status == HttpStatusCode.Redirect && location.Contains("/signin", StringComparison.Ordinal);
        var toDenied = status == HttpStatusCode.Redirect && location.Contains("/access-denied", StringComparison.Ordinal);
        var wasDenied = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || toSignIn || toDenied;
        if (denied && (!wasDenied || (signIn && !toSignIn)))
        {
            report.Add($"{method} {row.Route} ({row.Policy}) was not denied to {who}: {(int)status} {location}");
        }
        else if (!denied && wasDenied)
        {
            report.Add($"{method} {row.Route} ({row.Policy}) was denied to {who}: {(int)status} {location}");
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
