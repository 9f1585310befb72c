using System.Net;
using HmiApp.E2E.Support;
using Microsoft.Playwright;

namespace HmiApp.E2E;

/// <summary>
/// Who may change what, in a real browser under the real content security policy. Until the zones page
/// brings the first operator setpoint, the write exercised here is the admin's own: users and roles.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly AppProcess app = new();

    public Task InitializeAsync() => app.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_viewer_gets_no_admin_controls_a_demoted_admin_is_refused_by_the_server_and_the_audit_shows_before_and_after()
    {
        var admin = await browser.NewPageAsync();
        var adminErrors = ConsoleErrors.Track(admin);
        await admin.SignInAsAdminAsync(app);
        await admin.CreateUserAsync(app, "vera", "Viewer");
        await admin.CreateUserAsync(app, "erik", "Admin");

        // A viewer sees no admin screens, is refused the page, and the server refuses her browser's own request.
        var vera = await browser.NewPageAsync();
        var veraErrors = ConsoleErrors.Track(vera);
        await vera.SignInAsync(app, "vera", Accounts.Password);
        Assert.Equal("vera", await vera.Locator("[data-testid=signed-in-user]").InnerTextAsync());
        Assert.Equal(0, await vera.Locator(".hmi-nav").GetByText("Users", new() { Exact = true }).CountAsync());
        Assert.Equal(1, await vera.Locator(".hmi-nav").GetByText("Zones", new() { Exact = true }).CountAsync());
        await vera.GotoAsync(app.BaseUrl + "admin/users");
        await vera.Locator("[data-testid=not-authorized]").WaitForAsync();
        Assert.Equal(0, await vera.Locator("[data-testid=create-user]").CountAsync());
        var forgedExport = await vera.EvaluateAsync<string>("async () => (await fetch('admin/audit/export.csv')).url");
        Assert.Contains("/access-denied", forgedExport);
        Assert.Equal(401, await vera.EvaluateAsync<int>("async () => (await fetch('api/v1/me')).status"));

        // A second admin opens the Users page; while it is open the first admin demotes him.
        var erik = await browser.NewPageAsync();
        await erik.SignInAsync(app, "erik", Accounts.Password, "admin/users");
        Assert.True(await erik.Locator("[data-testid=create-user]").IsEnabledAsync());
        await admin.Locator("tr[data-user='erik'] [data-testid=role-select]").ChooseAsync("Viewer");
        await admin.Locator("[data-testid=users-result]", new() { HasText = "erik is now Viewer." }).WaitForAsync();

        // On his next render the control is disabled; a click forged past it is dropped by the server: MudButton's
        // Disabled is the circuit's state, so the click never reaches the handler (whose own role check stays).
        await erik.Locator("[data-testid=new-user-name]").FillAsync("mallory");
        await erik.Locator("[data-testid=new-user-password]").FillAsync("Mallory-Pass-12");
        await erik.Locator("[data-testid=new-user-name]").PressAsync("Tab");
        await erik.Locator("[data-testid=create-user][disabled]").WaitForAsync();
        await erik.EvaluateAsync("() => { const b = document.querySelector('[data-testid=create-user]'); b.disabled = false; b.click(); }");
        // His role changed, so his session ended with it: the next page load asks him to sign in again.
        await erik.ReloadAsync();
        await erik.Locator("[data-testid=signin-form]").WaitForAsync();
        await admin.ReloadAsync();
        await admin.WaitForInteractiveAsync();
        Assert.Equal(0, await admin.Locator("tr[data-user='mallory']").CountAsync());

        // The audit page shows who changed what, before and after, and that the forged click attempted nothing.
        await admin.GotoAsync(app.BaseUrl + "admin/audit");
        await admin.WaitForInteractiveAsync();
        await admin.Locator("[data-testid=audit-category]").ChooseAsync("user");
        await admin.Locator("[data-testid=audit-text]").FillAsync("erik");
        await admin.Locator("[data-testid=audit-search]").ClickAsync();
        var change = admin.Locator("[data-testid=audit-row]", new() { HasText = "change-role" });
        await change.WaitForAsync();
        Assert.Equal("Admin", await change.Locator("[data-testid=audit-old]").InnerTextAsync());
        Assert.Equal("Viewer", await change.Locator("[data-testid=audit-new]").InnerTextAsync());
        Assert.Contains("admin", await change.InnerTextAsync());
        // The forged click reached no handler, so nothing was attempted in mallory's name.
        await admin.Locator("[data-testid=audit-text]").FillAsync("mallory");
        await admin.Locator("[data-testid=audit-search]").ClickAsync();
        await admin.GetByText("No entries match.").WaitForAsync();
        await admin.ScreenshotToAsync("audit-role-change");

        // The export takes the filters on the page.
        await admin.Locator("[data-testid=audit-text]").FillAsync("erik");
        await admin.Locator("[data-testid=audit-search]").ClickAsync();
        await change.WaitForAsync();
        var download = await admin.RunAndWaitForDownloadAsync(() => admin.Locator("[data-testid=audit-export]").ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Contains("change-role,erik,Admin,Viewer,Success", csv.Replace("\r", ""), StringComparison.Ordinal);

        Assert.Empty(adminErrors.ContentSecurityPolicyViolations);
        Assert.Empty(veraErrors.ContentSecurityPolicyViolations);
    }

    [Fact]
    public async Task Every_screen_works_under_the_content_security_policy_without_a_console_error()
    {
        var page = await browser.NewPageAsync();
        var errors = ConsoleErrors.Track(page);
        await page.SignInAsAdminAsync(app);
        string[] screens = ["Zones", "Wells", "Diagnostics", "Trends", "Alarms", "Devices", "Admin", "Users", "API keys", "Audit", "Overview"];
        foreach (var screen in screens)
        {
            await page.Locator(".hmi-nav").GetByText(screen, new() { Exact = true }).ClickAsync();
            await page.Locator("h1", new() { HasText = screen == "Audit" ? "Audit trail" : screen }).WaitForAsync();
        }

        await page.EvaluateAsync("() => window.__beforeToggle = true");
        await page.Locator("button[title='Light or dark theme']").ClickAsync();
        await page.WaitForFunctionAsync("() => window.__beforeToggle === undefined");
        await page.WaitForSelectorAsync(".hmi-shell[data-hmi-theme='dark'][data-interactive='true']");
        var response = await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        Assert.Contains("frame-ancestors 'none'", await response!.HeaderValueAsync("content-security-policy"));

        Assert.True(errors.All.Count == 0, string.Join("\n", errors.All));
    }

    [Fact]
    public async Task An_api_key_is_shown_once_works_for_its_role_and_stops_working_when_revoked()
    {
        var admin = await browser.NewPageAsync();
        await admin.SignInAsAdminAsync(app, "admin/api-keys");
        await admin.Locator("[data-testid=key-name]").FillAsync("historian");
        await admin.Locator("[data-testid=key-role]").ChooseAsync("Engineer");
        await admin.Locator("[data-testid=create-key]").ClickAsync();
        var key = (await admin.Locator("[data-testid=new-key-value]").InnerTextAsync()).Trim();

        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-API-Key", key);
        var me = await http.GetStringAsync("api/v1/me");
        Assert.Contains("\"role\":\"Engineer\"", me);

        // Shown once: after a reload only the prefix is left on the page.
        await admin.ReloadAsync();
        await admin.WaitForInteractiveAsync();
        Assert.DoesNotContain(key, await admin.ContentAsync());
        await admin.Locator("[data-testid=revoke-key]").ClickAsync();
        await admin.Locator("[data-testid=keys-result]", new() { HasText = "revoked" }).WaitForAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("api/v1/me")).StatusCode);
    }
}
