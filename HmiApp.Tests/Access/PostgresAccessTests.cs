using System.Net;
using HmiApp.Domain.Access;
using HmiApp.Domain.Audit;
using HmiApp.Infrastructure.Access;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Access;

/// <summary>The same sign-in, lock-out, API keys and audit trail on the production store.</summary>
[Trait(TestCategory.Key, TestCategory.PostgreSql)]
[Collection(PostgresCollection.Name)]
public sealed class PostgresAccessTests(PostgresServer postgres)
{
    [Fact]
    public async Task Sign_in_lock_out_api_keys_and_the_audit_trail_work_on_postgresql()
    {
        await using var app = new HmiAppFactory()
            .With("Database:Provider", "PostgreSql")
            .With("Database:ConnectionString", await postgres.CreateDatabaseAsync("access"));

        var viewer = await app.SignedInAsync(HmiRoles.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/zones")).StatusCode);

        await app.CreateUserAsync("olga", HmiRoles.Operator);
        var client = app.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync("olga", "Wrong-Password-99");
        }

        Assert.Equal("/signin?error=locked&ReturnUrl=%2F", (await client.SignInAsync("olga", SignedInSessions.Password)).Headers.Location?.OriginalString);

        var key = await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync("historian", HmiRoles.Viewer, DateTimeOffset.UtcNow.AddDays(30), "admin", CancellationToken.None);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Add(HmiApp.Access.ApiKeyAuthentication.HeaderName, key.PlainKey);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().SendAsync(request)).StatusCode);

        var since = DateTimeOffset.UtcNow.AddMinutes(-5);
        var failures = await app.Services.GetRequiredService<IAuditTrail>().SearchAsync(
            new AuditQuery { From = since, Category = AuditCategories.SignIn, Text = "OLGA" }, CancellationToken.None);
        Assert.Equal(6, failures.Count(e => e.Outcome == AuditOutcome.Failure));
    }
}
