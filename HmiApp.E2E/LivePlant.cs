using HmiApp.E2E.Support;
using Microsoft.Playwright;

namespace HmiApp.E2E;

/// <summary>
/// The embedded default polls the simulated plant from the start (its point map is seeded on a fresh
/// database), so a test only signs in and uses well W-101; faults are injected on the simulator's admin
/// page, as an engineer would.
/// </summary>
public static class LivePlant
{
    public const string Well = "W-101";

    public static Task SignInAsync(AppProcess app, IPage page) => page.SignInAsAdminAsync(app);

    /// <summary>Starts or clears a communication fault from a second tab of the signed-in page's browser context.</summary>
    public static async Task SetDeviceFaultAsync(IPage signedIn, AppProcess app, string device, string fault, bool active)
    {
        var admin = await signedIn.Context.NewPageAsync();
        await admin.GotoAsync(app.BaseUrl + "admin/simulator");
        await admin.WaitForInteractiveAsync();
        var button = admin.Locator($"[data-device='{device}'] button[data-fault='{fault}']");
        if (await button.GetAttributeAsync("aria-pressed") != (active ? "true" : "false"))
        {
            await button.ClickAsync();
            await admin.Locator($"[data-device='{device}'] button[data-fault='{fault}'][aria-pressed='{(active ? "true" : "false")}']").WaitForAsync();
        }

        await admin.CloseAsync();
    }

    /// <summary>A browser page that starts in the dark theme, as the theme cookie makes it.</summary>
    public static async Task<IPage> DarkPageAsync(BrowserFixture browser, AppProcess app, int width = 1280, int height = 800)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await context.AddCookiesAsync([new Cookie { Name = "HmiTheme", Value = "standard-dark", Url = app.BaseUrl }]);
        var page = await context.NewPageAsync();
        await page.SignInAsAdminAsync(app);
        return page;
    }
}
