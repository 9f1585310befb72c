using System.Net;
using System.Text.RegularExpressions;
using HmiApp.Domain.Access;
using HmiApp.Infrastructure.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HmiApp.Tests.TestSupport;

/// <summary>
/// People for integration tests, signed in the way a browser does it: the sign-in page's form, its
/// antiforgery token and the cookie the endpoint sets.
/// </summary>
public static partial class SignedInSessions
{
    public const string Password = "Plant-Test-Pass-1";

    public static async Task CreateUserAsync(this HmiAppFactory app, string userName, string? role, string password = Password)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HmiUser>>();
        var user = new HmiUser { UserName = userName };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (role is not null)
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }
    }

    /// <summary>A client with a cookie jar that follows no redirects, so tests see them.</summary>
    public static HttpClient CreateBrowserLikeClient(this HmiAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A new user of <paramref name="role"/> (null: a user with no role at all), signed in.</summary>
    public static async Task<HttpClient> SignedInAsync(this HmiAppFactory app, string? role)
    {
        var userName = $"{(role ?? "norole").ToLowerInvariant()}-{Guid.NewGuid():N}"[..20];
        await app.CreateUserAsync(userName, role);
        var client = app.CreateBrowserLikeClient();
        var response = role == HmiRoles.Kiosk ? await client.KioskSignInAsync(userName, Password) : await client.SignInAsync(userName, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(role == HmiRoles.Kiosk ? "/kiosk" : "/", response.Headers.Location?.OriginalString);
        return client;
    }

    /// <summary>Posts the sign-in form as the page renders it; returns the endpoint's answer.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string userName, string password)
    {
        var token = await client.AntiforgeryTokenAsync("/signin");
        return await client.PostAsync("/access/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["UserName"] = userName,
            ["Password"] = password,
            ["ReturnUrl"] = "/",
        }));
    }

    /// <summary>Posts the form a kiosk's sign-in link opens.</summary>
    public static async Task<HttpResponseMessage> KioskSignInAsync(this HttpClient client, string device, string token)
    {
        var antiforgery = await client.AntiforgeryTokenAsync($"/kiosk-sign-in?device={device}");
        return await client.PostAsync("/access/kiosk-sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["Device"] = device,
            ["Token"] = token,
        }));
    }

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"no antiforgery token on {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
