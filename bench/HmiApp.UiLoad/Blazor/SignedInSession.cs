using System.Net;
using System.Text.RegularExpressions;

namespace HmiApp.UiLoad.Blazor;

/// <summary>
/// A person signed in through the sign-in form over plain HTTP (antiforgery token included); its cookies serve every
/// circuit the load tool opens, as tabs of one browser would share them.
/// </summary>
public sealed partial class SignedInSession : IDisposable
{
    private SignedInSession(Uri baseUri, CookieContainer cookies, HttpClient http)
    {
        BaseUri = baseUri;
        Cookies = cookies;
        Http = http;
    }

    public Uri BaseUri { get; }

    public CookieContainer Cookies { get; }

    public HttpClient Http { get; }

    public static async Task<SignedInSession> SignInAsync(Uri baseUri, string userName, string password, CancellationToken cancellationToken)
    {
        var cookies = new CookieContainer();
        var handler = new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 };
        var http = new HttpClient(handler) { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(2) };
        var form = await http.GetStringAsync("signin", cancellationToken);
        var token = Antiforgery().Match(form);
        if (!token.Success)
        {
            throw new InvalidDataException("The sign-in page has no antiforgery token.");
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["UserName"] = userName,
            ["Password"] = password,
            ["ReturnUrl"] = "/",
        });
        using var response = await http.PostAsync("access/sign-in", content, cancellationToken);
        var location = response.Headers.Location?.ToString() ?? "";
        if (response.StatusCode != HttpStatusCode.Redirect || location.Contains("error", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode} to '{location}'.");
        }

        return new SignedInSession(baseUri, cookies, http);
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
