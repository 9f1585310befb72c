using Microsoft.Playwright;

namespace HmiApp.E2E.Support;

/// <summary>Signs people in through the sign-in page and creates accounts through the admin's Users page.</summary>
public static class Accounts
{
    public const string Password = "Plant-E2E-Person-1";

    public static async Task SignInAsync(this IPage page, AppProcess app, string userName, string password, string path = "")
    {
        await page.GotoAsync(app.BaseUrl + path);
        await page.Locator("[data-testid=signin-form]").WaitForAsync();
        await page.Locator("input[name=UserName]").FillAsync(userName);
        await page.Locator("input[name=Password]").FillAsync(password);
        await page.Locator("[data-testid=signin-submit]").ClickAsync();
        await page.WaitForInteractiveAsync();
    }

    public static Task SignInAsAdminAsync(this IPage page, AppProcess app, string path = "") =>
        page.SignInAsync(app, AppProcess.AdminUserName, AppProcess.AdminPassword, path);

    /// <summary>On a page signed in as an admin: adds a person on the Users page.</summary>
    public static async Task CreateUserAsync(this IPage adminPage, AppProcess app, string userName, string role, string password = Password)
    {
        await adminPage.OpenUsersAsync(app);
        await adminPage.Locator("[data-testid=new-user-name]").FillAsync(userName);
        await adminPage.Locator("[data-testid=new-user-role]").ChooseAsync(role);
        await adminPage.Locator("[data-testid=new-user-password]").FillAsync(password);
        await adminPage.Locator("[data-testid=create-user]").ClickAsync();
        await adminPage.Locator($"tr[data-user='{userName}']").WaitForAsync();
    }

    /// <summary>On a page signed in as an admin: gives a person the PIN that unlocks a kiosk's writes.</summary>
    public static async Task SetPinAsync(this IPage adminPage, AppProcess app, string userName, string pin)
    {
        await adminPage.OpenUsersAsync(app);
        var row = adminPage.Locator($"tr[data-user='{userName}']");
        await row.GetByRole(AriaRole.Button, new() { Name = "Password or PIN…" }).ClickAsync();
        await row.Locator("[data-testid=secret-value]").FillAsync(pin);
        await row.Locator("[data-testid=secret-value]").PressAsync("Tab");
        await row.GetByRole(AriaRole.Button, new() { Name = "Set PIN", Exact = true }).ClickAsync();
        await adminPage.Locator("[data-testid=users-result]", new() { HasText = $"PIN of {userName} set." }).WaitForAsync();
    }

    /// <summary>On a page signed in as an admin: adds a kiosk device and returns its one-time sign-in link.</summary>
    public static async Task<string> CreateKioskAsync(this IPage adminPage, AppProcess app, string device)
    {
        await adminPage.OpenUsersAsync(app);
        await adminPage.Locator("[data-testid=new-kiosk-name]").FillAsync(device);
        await adminPage.Locator("[data-testid=create-kiosk]").ClickAsync();
        return (await adminPage.Locator("[data-testid=kiosk-link-value]").InnerTextAsync()).Trim();
    }

    /// <summary>On a page signed in as an admin: issues an API key of <paramref name="role"/> and returns it (it is shown once).</summary>
    public static async Task<string> CreateApiKeyAsync(this IPage adminPage, AppProcess app, string name, string role)
    {
        await adminPage.GotoAsync(app.BaseUrl + "admin/api-keys");
        await adminPage.WaitForInteractiveAsync();
        await adminPage.Locator("[data-testid=key-name]").FillAsync(name);
        await adminPage.Locator("[data-testid=key-role]").ChooseAsync(role);
        await adminPage.Locator("[data-testid=create-key]").ClickAsync();
        return (await adminPage.Locator("[data-testid=new-key-value]").InnerTextAsync()).Trim();
    }

    /// <summary>Signs this browser in as a kiosk with the link an admin created; it lands on the kiosk overview.</summary>
    public static async Task SignInAsKioskAsync(this IPage page, string link)
    {
        await page.GotoAsync(link);
        await page.Locator("[data-testid=kiosk-signin-submit]").ClickAsync();
        // The redirect is what this waits for (committed), not the page's load event: with three browser contexts
        // capturing screens side by side, a CI run once took more than 30 s to fire "load" here. Interactivity is
        // waited for on its own.
        await page.WaitForURLAsync(url => url.EndsWith("/kiosk", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await page.WaitForInteractiveAsync(60_000);
    }

    private static async Task OpenUsersAsync(this IPage adminPage, AppProcess app)
    {
        if (!adminPage.Url.EndsWith("/admin/users", StringComparison.Ordinal))
        {
            await adminPage.GotoAsync(app.BaseUrl + "admin/users");
            await adminPage.WaitForInteractiveAsync();
        }
    }

    /// <summary>A fresh browser context (its own cookies) at the app, signed in as an admin.</summary>
    public static async Task<IPage> NewAdminPageAsync(this BrowserFixture browser, AppProcess app)
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsAdminAsync(app);
        return page;
    }
}
