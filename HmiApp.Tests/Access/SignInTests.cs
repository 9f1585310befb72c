using System.Net;
using HmiApp.Domain.Access;
using HmiApp.Domain.Audit;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Access;

[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class SignInTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new HmiAppFactory().With("Access:SignInAttemptsPerMinute", "100");

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_and_comes_back_after_it()
    {
        await app.CreateUserAsync("olga", HmiRoles.Operator);
        var client = app.CreateBrowserLikeClient();

        var page = await client.GetAsync("/wells");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin?ReturnUrl=%2Fwells", page.Headers.Location!.PathAndQuery);

        var token = await client.AntiforgeryTokenAsync("/signin?ReturnUrl=%2Fwells");
        var signIn = await client.PostAsync("/access/sign-in", Form(token, "olga", SignedInSessions.Password, "/wells"));
        Assert.Equal("/wells", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/wells")).StatusCode);

        var entries = await app.Services.GetRequiredService<IAuditTrail>().SearchAsync(new AuditQuery { Category = AuditCategories.SignIn }, CancellationToken.None);
        Assert.Contains(entries, e => e.Actor == "olga" && e.Outcome == AuditOutcome.Success && e.RemoteAddress is not null);
    }

    [Fact]
    public async Task A_return_address_off_the_site_is_replaced_by_the_home_page()
    {
        await app.CreateUserAsync("olga", HmiRoles.Operator);
        var client = app.CreateBrowserLikeClient();
        var token = await client.AntiforgeryTokenAsync("/signin");

        var signIn = await client.PostAsync("/access/sign-in", Form(token, "olga", SignedInSessions.Password, "//evil.example/phish"));

        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_audited_and_repeated_failures_lock_the_account()
    {
        await app.CreateUserAsync("olga", HmiRoles.Operator);
        var client = app.CreateBrowserLikeClient();
        var token = await client.AntiforgeryTokenAsync("/signin");

        var wrong = await client.PostAsync("/access/sign-in", Form(token, "olga", "Not-The-Password-9"));
        Assert.Equal("/signin?error=invalid&ReturnUrl=%2F", wrong.Headers.Location?.OriginalString);
        for (var i = 1; i < 5; i++)
        {
            await client.PostAsync("/access/sign-in", Form(token, "olga", "Not-The-Password-9"));
        }

        // The fifth failure locked the account: now even the right password is refused.
        var right = await client.PostAsync("/access/sign-in", Form(token, "olga", SignedInSessions.Password));
        Assert.Equal("/signin?error=locked&ReturnUrl=%2F", right.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);

        var failures = await app.Services.GetRequiredService<IAuditTrail>().SearchAsync(
            new AuditQuery { Category = AuditCategories.SignIn, Text = "olga" }, CancellationToken.None);
        Assert.Equal(6, failures.Count(e => e.Outcome == AuditOutcome.Failure));
        Assert.Contains(failures, e => e.Reason == "wrong password");
        Assert.Contains(failures, e => e.Reason == "locked out");
        Assert.DoesNotContain(failures, e => (e.Reason + e.NewValue + e.OldValue).Contains("Not-The-Password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await app.CreateUserAsync("olga", HmiRoles.Operator);
        var client = app.CreateBrowserLikeClient();

        var response = await client.PostAsync("/access/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "olga",
            ["Password"] = SignedInSessions.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_ends_the_session_and_is_audited()
    {
        var client = await app.SignedInAsync(HmiRoles.Viewer);
        var token = await client.AntiforgeryTokenAsync("/");

        var response = await client.PostAsync("/access/sign-out", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal("/signin", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        var entries = await app.Services.GetRequiredService<IAuditTrail>().SearchAsync(new AuditQuery { Category = AuditCategories.SignOut }, CancellationToken.None);
        Assert.Single(entries);
    }

    [Fact]
    public async Task A_kiosk_device_cannot_sign_in_with_the_password_form()
    {
        await app.CreateUserAsync("lobby", HmiRoles.Kiosk);
        var client = app.CreateBrowserLikeClient();

        var response = await client.SignInAsync("lobby", SignedInSessions.Password);

        Assert.Equal("/signin?error=invalid&ReturnUrl=%2F", response.Headers.Location?.OriginalString);
    }

    private static FormUrlEncodedContent Form(string token, string userName, string password, string returnUrl = "/") => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token,
        ["UserName"] = userName,
        ["Password"] = password,
        ["ReturnUrl"] = returnUrl,
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
