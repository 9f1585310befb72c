using System.Net;
using HmiApp.Access;
using HmiApp.Domain.Access;
using HmiApp.Infrastructure.Access;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Access;

[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class HardeningTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new HmiAppFactory()
        .With("Access:SignInAttemptsPerMinute", "5")
        .With("Access:ApiRequestsPerMinute", "8");

    [Fact]
    public async Task Guessing_passwords_is_throttled_per_client_address()
    {
        await app.CreateUserAsync("olga", HmiRoles.Operator);
        var client = app.CreateBrowserLikeClient();
        var token = await client.AntiforgeryTokenAsync("/signin");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            statuses.Add((await client.PostAsync("/access/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["UserName"] = "olga",
                ["Password"] = $"Guess-Number-{i}-x",
            }))).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Redirect, 5).Concat([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]), statuses);
    }

    [Fact]
    public async Task Guessing_api_keys_is_throttled_and_then_even_a_right_key_waits()
    {
        var good = await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync("scada", HmiRoles.Viewer, null, "admin", CancellationToken.None);
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await SendAsync(client, $"hmi_{i:x8}_{new string('a', 64)}")).StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        var throttled = await SendAsync(client, good.PlainKey);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("60", throttled.Headers.RetryAfter?.ToString());
    }

    [Fact]
    public async Task One_key_is_limited_as_a_whole_while_another_key_still_works()
    {
        await using var perKey = new HmiAppFactory().With("Access:ApiRequestsPerMinute", "100").With("Access:ApiRequestsPerKeyPerMinute", "3");
        var store = perKey.Services.GetRequiredService<ApiKeyStore>();
        var busy = await store.CreateAsync("busy", HmiRoles.Viewer, null, "admin", CancellationToken.None);
        var quiet = await store.CreateAsync("quiet", HmiRoles.Viewer, null, "admin", CancellationToken.None);
        var client = perKey.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await SendAsync(client, busy.PlainKey)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, quiet.PlainKey)).StatusCode);
    }

    [Fact]
    public async Task Pages_carry_the_security_headers_and_a_csp_that_admits_blazor_and_mudblazor()
    {
        var response = await app.CreateClient().GetAsync("/signin");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("connect-src 'self' ws: wss:", csp);
        Assert.Contains("style-src 'self' 'unsafe-inline'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task An_oversized_request_is_refused_before_it_is_read()
    {
        var body = new ByteArrayContent(new byte[SecurityHeaders.MaxRequestBodyBytes + 1]);
        body.Headers.ContentType = new("application/x-www-form-urlencoded");

        var response = await app.CreateClient().PostAsync("/access/sign-in", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Add(ApiKeyAuthentication.HeaderName, key);
        return client.SendAsync(request);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
