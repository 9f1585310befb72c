using System.Net;
using HmiApp.Access;
using HmiApp.Domain.Access;
using HmiApp.Domain.Audit;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Access;

[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class UserAdministrationTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new();

    [Fact]
    public async Task An_admin_changes_a_role_the_audit_keeps_before_and_after_and_the_new_role_applies()
    {
        using var admin = await app.CircuitOfAsync(HmiAppFactory.AdminUserName);
        Assert.True((await admin.Users.CreatePersonAsync("olga", HmiRoles.Viewer, SignedInSessions.Password, CancellationToken.None)).Succeeded);
        var client = app.CreateBrowserLikeClient();
        await client.SignInAsync("olga", SignedInSessions.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/zones")).StatusCode);

        var changed = await admin.Users.ChangeRoleAsync("olga", HmiRoles.Engineer, CancellationToken.None);

        Assert.True(changed.Succeeded, changed.Message);
        var entries = await app.Services.GetRequiredService<IAuditTrail>().SearchAsync(new AuditQuery { Category = AuditCategories.User, Text = "olga" }, CancellationToken.None);
        var change = entries.Single(e => e.Action == "change-role");
        Assert.Equal((HmiAppFactory.AdminUserName, HmiRoles.Viewer, HmiRoles.Engineer, AuditOutcome.Success), (change.Actor, change.OldValue, change.NewValue, change.Outcome));
        Assert.Contains(entries, e => e.Action == "create" && e.NewValue == HmiRoles.Viewer);
    }

    [Fact]
    public async Task A_non_admin_is_refused_even_when_the_service_is_called_directly_and_the_refusal_is_audited()
    {
        await app.CreateUserAsync("eric", HmiRoles.Engineer);
        using var engineer = await app.CircuitOfAsync("eric");

        var created = await engineer.Users.CreatePersonAsync("mallory", HmiRoles.Admin, "Mallory-Pass-12", CancellationToken.None);
        var key = await engineer.ApiKeys.CreateAsync("sneaky", HmiRoles.Admin, null, CancellationToken.None);

        Assert.False(created.Succeeded);
        Assert.False(key.Succeeded);
        Assert.Null(key.Secret);
        var refusals = await app.Services.GetRequiredService<IAuditTrail>().SearchAsync(new AuditQuery { Actor = "eric" }, CancellationToken.None);
        Assert.Equal(2, refusals.Count(e => e.Outcome == AuditOutcome.Failure));
        Assert.Empty(await app.Services.GetRequiredService<HmiApp.Infrastructure.Access.ApiKeyStore>().ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_demoted_admin_loses_the_writes_of_an_already_open_circuit_at_once()
    {
        await app.CreateUserAsync("erik", HmiRoles.Admin);
        using var erik = await app.CircuitOfAsync("erik");
        using var admin = await app.CircuitOfAsync(HmiAppFactory.AdminUserName);
        Assert.NotNull(await erik.Writers.AuthorizeAsync(HmiPolicies.Administer));

        Assert.True((await admin.Users.ChangeRoleAsync("erik", HmiRoles.Viewer, CancellationToken.None)).Succeeded);

        // Erik's circuit still holds the cookie's Admin claim; the write asks the store and is refused.
        var late = await erik.Users.CreatePersonAsync("mallory", HmiRoles.Admin, "Mallory-Pass-12", CancellationToken.None);
        Assert.False(late.Succeeded);
        Assert.Equal("Only an administrator may change users.", late.Message);
        Assert.DoesNotContain(await admin.Users.ListAsync(CancellationToken.None), u => u.UserName == "mallory");
    }

    [Fact]
    public async Task The_last_administrator_cannot_be_demoted_and_bad_input_is_named()
    {
        using var admin = await app.CircuitOfAsync(HmiAppFactory.AdminUserName);

        var demote = await admin.Users.ChangeRoleAsync(HmiAppFactory.AdminUserName, HmiRoles.Viewer, CancellationToken.None);
        var pin = await admin.Users.SetPinAsync(HmiAppFactory.AdminUserName, "12a", CancellationToken.None);
        var weak = await admin.Users.CreatePersonAsync("olga", HmiRoles.Operator, "short", CancellationToken.None);
        var role = await admin.Users.CreatePersonAsync("olga", "Root", SignedInSessions.Password, CancellationToken.None);

        Assert.Contains("last administrator", demote.Message);
        Assert.Contains("4 to 8 digits", pin.Message);
        Assert.Contains("at least 12 characters", weak.Message);
        Assert.Contains("'Root'", role.Message);
    }

    [Fact]
    public async Task A_kiosk_device_signs_in_with_its_link_and_a_locked_device_is_refused()
    {
        using var admin = await app.CircuitOfAsync(HmiAppFactory.AdminUserName);
        var kiosk = await admin.Users.CreateKioskAsync("lobby", CancellationToken.None);
        Assert.True(kiosk.Succeeded, kiosk.Message);

        var screen = app.CreateBrowserLikeClient();
        var signIn = await screen.KioskSignInAsync("lobby", kiosk.Secret!);
        Assert.Equal("/kiosk", signIn.Headers.Location?.OriginalString);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("HmiAuth=", StringComparison.Ordinal));
        // Long-lived: the cookie outlives a browser restart, for months.
        var expires = DateTimeOffset.Parse(System.Text.RegularExpressions.Regex.Match(cookie, "expires=([^;]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(expires > DateTimeOffset.UtcNow.AddDays(300), cookie);
        Assert.Equal(HttpStatusCode.OK, (await screen.GetAsync("/kiosk")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await screen.GetAsync("/admin")).StatusCode);

        Assert.True((await admin.Users.SetLockedAsync("lobby", true, CancellationToken.None)).Succeeded);
        var again = await app.CreateBrowserLikeClient().KioskSignInAsync("lobby", kiosk.Secret!);
        Assert.Equal("/signin?error=kiosk", again.Headers.Location?.OriginalString);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
