using System.Net;
using System.Net.Http.Json;
using HmiApp.Access;
using HmiApp.Domain.Access;
using HmiApp.Domain.Audit;
using HmiApp.Infrastructure.Access;
using HmiApp.Infrastructure.Persistence;
using HmiApp.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HmiApp.Tests.Access;

[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class ApiKeyTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new();

    private ApiKeyStore Keys => app.Services.GetRequiredService<ApiKeyStore>();

    [Fact]
    public async Task A_key_authenticates_as_its_role_and_only_its_hash_is_stored()
    {
        var issued = await Keys.CreateAsync("historian", HmiRoles.Engineer, null, "admin", CancellationToken.None);

        var me = await CallMeAsync(issued.PlainKey);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        var caller = await me.Content.ReadFromJsonAsync<CallerInfo>();
        Assert.Equal(new CallerInfo("api-key:historian", HmiRoles.Engineer, issued.Key.Prefix), caller);
        using var scope = app.Services.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<HmiDbContext>().ApiKeys.SingleAsync();
        Assert.Equal(32, stored.SecretHash.Length);
        Assert.DoesNotContain(issued.PlainKey.Split('_')[2], System.Text.Encoding.ASCII.GetString(stored.SecretHash));
        Assert.NotNull(stored.LastUsedAt);
    }

    [Fact]
    public async Task Revoked_expired_wrong_and_missing_keys_are_refused_and_failures_are_logged_without_the_key()
    {
        var revoked = await Keys.CreateAsync("old client", HmiRoles.Viewer, null, "admin", CancellationToken.None);
        await Keys.RevokeAsync(revoked.Key.Id, CancellationToken.None);
        var expiring = await Keys.CreateAsync("short lived", HmiRoles.Viewer, DateTimeOffset.UtcNow.AddMilliseconds(300), "admin", CancellationToken.None);
        var wrongSecret = expiring.PlainKey[..^4] + "0000";

        Assert.Equal(HttpStatusCode.Unauthorized, (await CallMeAsync(null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await CallMeAsync(revoked.PlainKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await CallMeAsync(wrongSecret)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await CallMeAsync("password123")).StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await CallMeAsync(expiring.PlainKey)).StatusCode != HttpStatusCode.Unauthorized)
        {
            Assert.True(DateTime.UtcNow < deadline, "the expired key was still accepted");
            await Task.Delay(100);
        }

        var failures = await app.Services.GetRequiredService<IAuditTrail>().SearchAsync(new AuditQuery { Category = AuditCategories.ApiKey }, CancellationToken.None);
        Assert.True(failures.Count(e => e.Outcome == AuditOutcome.Failure) >= 4);
        var logged = string.Join("\n", failures.Select(e => $"{e.Target} {e.Reason}"));
        Assert.Contains($"key hmi_{revoked.Key.Prefix}_…", logged);
        Assert.Contains("malformed key (11 characters)", logged);
        foreach (var secret in new[] { revoked.PlainKey, wrongSecret, "password123" })
        {
            Assert.DoesNotContain(secret.Split('_').Last(), logged);
        }
    }

    [Fact]
    public async Task Keys_with_bad_input_are_refused_naming_the_field()
    {
        var role = await Assert.ThrowsAsync<ArgumentException>(() => Keys.CreateAsync("x", "Root", null, "admin", CancellationToken.None));
        Assert.Contains("role 'Root'", role.Message);
        var expiry = await Assert.ThrowsAsync<ArgumentException>(() => Keys.CreateAsync("x", HmiRoles.Viewer, DateTimeOffset.UtcNow.AddDays(-1), "admin", CancellationToken.None));
        Assert.Contains("expiry", expiry.Message);
        var name = await Assert.ThrowsAsync<ArgumentException>(() => Keys.CreateAsync(" ", HmiRoles.Viewer, null, "admin", CancellationToken.None));
        Assert.Contains("name", name.Message);
    }

    private async Task<HttpResponseMessage> CallMeAsync(string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        if (key is not null)
        {
            request.Headers.Add(ApiKeyAuthentication.HeaderName, key);
        }

        return await app.CreateClient().SendAsync(request);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
