using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using HmiApp.Tests.TestSupport;
using Microsoft.AspNetCore.Routing;
using Xunit.Abstractions;

namespace HmiApp.Tests.Api;

/// <summary>
/// Every REST endpoint the running app lists, with the simulated plant running (so wells, devices and zones exist),
/// is sent malformed bodies, values of the wrong type, out-of-range numbers, huge page numbers and unparsable dates,
/// with an Admin key so that each request gets past authorization to binding and the handler. Nothing may answer 5xx.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed partial class BadInputCorpusTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly HmiAppFactory app = new HmiAppFactory()
        .With("Simulator:Enabled", "true")
        .With("Simulator:TestDevicePort", "0")
        .With("Simulator:Wells:0:Id", "W-101")
        .With("Simulator:Wells:0:Name", "Well 101")
        .With("Simulator:Wells:0:Port", FreePort.Next().ToString(CultureInfo.InvariantCulture))
        .With("Simulator:BaseStation:Enabled", "true")
        .With("Simulator:BaseStation:GatewayPort", FreePort.Next().ToString(CultureInfo.InvariantCulture));

    private static readonly string[] RouteValues = ["1", "W-101", "0", "-1", "99999999999", "not-a-thing", "%20", new string('x', 300)];

    private static readonly (string Name, string Value)[] QueryValues =
    [
        ("page", "99999999999"), ("page", "-5"), ("page", "x"), ("pageSize", "0"), ("pageSize", "99999999999"), ("limit", "-1"),
        ("from", "yesterday"), ("to", "yesterday"), ("from", "9999-99-99"), ("since", "yesterday"), ("hours", "abc"), ("hours", "99999999999"),
        ("maxPoints", "0"), ("maxPoints", "99999999999"), ("cursor", "garbage"), ("changesOnly", "maybe"), ("tag", ""), ("tags", "=;="),
        ("severity", "Apocalyptic"), ("state", "99"), ("take", "1e9"), ("window", "forever"),
    ];

    private static readonly string[] Bodies =
    [
        "{", "[]", "null", "\"text\"", "12", "{\"a\":1}", "{\"setpoint\":\"hot\"}", "{\"setpoint\":NaN}", "{\"setpoint\":1e400}",
        "{\"setpoint\":null}", "{\"state\":99}", "{\"state\":2.5}", "{\"state\":[1]}", "{\"mode\":[1]}", "{\"mode\":{}}",
        "{\"readings\":{\"a\":1}}", "{\"readings\":[{\"flowRate\":\"x\"}]}", "{\"wellId\":123,\"readings\":[]}", "{\"keys\":\"all\"}",
        "{\"keys\":[null]}", "{\"period\":\"soon\"}", "{\"value\":99999999999999999999}", "{\"well_id\":[],\"flow_rate\":\"fast\"}",
        "{\"items\":7}", "{\"enabled\":\"yes\"}", "{\"name\":" + new string('[', 200) + new string(']', 200) + "}",
    ];

    [Fact]
    public async Task No_endpoint_answers_a_bad_request_with_a_server_error()
    {
        var client = await app.CreateApiClientAsync();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Route: e.RoutePattern.RawText!)))
            .Distinct()
            .ToList();
        Assert.True(endpoints.Count > 40, $"only {endpoints.Count} REST endpoints found");

        var failures = new List<string>();
        var sent = 0;
        foreach (var (method, route) in endpoints)
        {
            foreach (var request in Requests(method, route))
            {
                sent++;
                using var response = await client.SendAsync(request.Message);
                if ((int)response.StatusCode >= 500)
                {
                    var body = await response.Content.ReadAsStringAsync();
                    failures.Add($"{method} {request.Description} -> {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
                }
            }
        }

        output.WriteLine($"{sent} requests to {endpoints.Count} endpoints, {failures.Count} server errors");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_body_of_the_wrong_type_is_a_400_problem_naming_the_field_and_what_it_expected()
    {
        var client = await app.CreateApiClientAsync();

        using var response = await client.PutAsync("/api/v1/heating/zones/1/1/setpoint", new StringContent("{\"setpoint\":\"hot\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"setpoint\"", body, StringComparison.Ordinal);
        Assert.Contains("could not be converted", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_value_out_of_range_is_a_400_problem_naming_the_parameter()
    {
        var client = await app.CreateApiClientAsync();

        using var response = await client.GetAsync("/api/v1/wells/W-101/diagnoses?page=99999999999");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"page\"", body, StringComparison.Ordinal);
        Assert.Contains("99999999999", body, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Description, HttpRequestMessage Message)> Requests(string method, string route)
    {
        var parameters = RouteParameter().Matches(route).Count;
        var paths = parameters == 0 ? [route] : RouteValues.Select(v => RouteParameter().Replace(route, Uri.EscapeDataString(v))).ToList();
        var plain = RouteParameter().Replace(route, "W-101");
        foreach (var path in paths)
        {
            yield return Build(method, path, method == "GET" ? null : "{}", "application/json");
        }

        foreach (var (name, value) in QueryValues)
        {
            yield return Build(method, $"{plain}?{name}={Uri.EscapeDataString(value)}", method == "GET" ? null : "{}", "application/json");
        }

        if (method is "GET" or "DELETE")
        {
            yield break;
        }

        foreach (var body in Bodies)
        {
            yield return Build(method, plain, body, "application/json");
            yield return Build(method, RouteParameter().Replace(route, "1"), body, "application/json");
        }

        yield return Build(method, plain, "setpoint=21", "application/x-www-form-urlencoded");
        yield return Build(method, plain, "", "application/json");
    }

    private static (string, HttpRequestMessage) Build(string method, string path, string? body, string contentType)
    {
        var message = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            message.Content = new StringContent(body, Encoding.UTF8, contentType);
        }

        return ($"{path} {(body is null ? "" : body[..Math.Min(body.Length, 60)])}", message);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
