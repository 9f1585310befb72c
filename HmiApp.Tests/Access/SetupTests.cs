using System.Net;
using HmiApp.Domain.Audit;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Access;

/// <summary>First run without a configured administrator: a one-time /setup page, gone afterwards.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class SetupTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new HmiAppFactory().With("Access:InitialAdmin:UserName", null).With("Access:InitialAdmin:Password", null);

    [Fact]
    public async Task Without_an_admin_sign_in_leads_to_setup_which_creates_one_and_then_disappears()
    {
        var client = app.CreateBrowserLikeClient();
        var signIn = await client.GetAsync("/signin");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/setup", signIn.Headers.Location!.PathAndQuery);

        var token = await client.AntiforgeryTokenAsync("/setup");
        var weak = await client.PostAsync("/access/setup", Form(token, "chief", "short", "short"));
        Assert.StartsWith("/setup?error=", weak.Headers.Location!.OriginalString);
        Assert.Contains("at%20least%2012%20characters", weak.Headers.Location!.OriginalString);

        var created = await client.PostAsync("/access/setup", Form(token, "chief", "Chief-Engineer-1", "Chief-Engineer-1"));
        Assert.Equal("/", created.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);

        // Gone for everybody from now on.
        var stranger = app.CreateBrowserLikeClient();
        var page = await stranger.GetAsync("/setup");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/signin", page.Headers.Location!.PathAndQuery);
        var strangerToken = await stranger.AntiforgeryTokenAsync("/signin");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync("/access/setup", Form(strangerToken, "mallory", "Mallory-Takes-Over-1", "Mallory-Takes-Over-1"))).StatusCode);

        var setup = await app.Services.GetRequiredService<IAuditTrail>().SearchAsync(new AuditQuery { Category = AuditCategories.Setup }, CancellationToken.None);
        Assert.Equal("chief", Assert.Single(setup).Target);
    }

    private static FormUrlEncodedContent Form(string token, string userName, string password, string confirm) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token,
        ["UserName"] = userName,
        ["Password"] = password,
        ["ConfirmPassword"] = confirm,
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
