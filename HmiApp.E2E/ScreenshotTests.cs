using HmiApp.E2E.Support;
using Microsoft.Playwright;

namespace HmiApp.E2E;

/// <summary>
/// Screenshots of every routable page of the app, light and dark, and of the kiosk screens as a kiosk sees them,
/// into the suite's screenshots folder. The pages come from the built app's routes, so a new page is captured
/// without being added here; a page that logs a browser error, or does not apply its theme, fails the test.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string LightTheme = "light";
    private const string DarkTheme = "dark";
    private const string ThemeCookie = "HmiTheme";

    /// <summary>The palettes' background colours (HmiApp/Shell/PlantThemes.cs) as the browser computes them.</summary>
    private static readonly IReadOnlyDictionary<string, string> Backgrounds = new Dictionary<string, string>
    {
        [LightTheme] = "rgb(228, 229, 230)",
        [DarkTheme] = "rgb(38, 41, 44)",
    };

    /// <summary>Values for route parameters: a page with a parameter not named here fails the test, naming it.</summary>
    private static readonly IReadOnlyDictionary<string, string> Samples = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["well"] = AppProcess.SimulatedWells[0],
        ["wellId"] = AppProcess.SimulatedWells[0],
        ["wellName"] = AppProcess.SimulatedWells[0],
        ["device"] = AppProcess.SimulatedWells[0],
        ["deviceName"] = AppProcess.SimulatedWells[0],
    };

    private readonly AppProcess app = new();

    public Task InitializeAsync() => app.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Every_page_is_captured_light_dark_and_kiosk_without_browser_errors()
    {
        var started = DateTime.UtcNow;
        var pages = AppPages.Read(Path.Combine(AppProcess.AppDirectory(), "HmiApp.dll"));
        Assert.Contains(pages, p => p.Template == "/" && !p.Kiosk && !p.Static);
        Assert.Contains(pages, p => p.Template == "/kiosk/zones" && p.Kiosk);
        Assert.Contains(pages, p => p.Template == "/signin" && p.Static);

        // One sign-in, its cookies reused by each theme's browser context.
        var signIn = await browser.Browser.NewContextAsync(Desktop(null));
        var admin = await signIn.NewPageAsync();
        await admin.SignInAsAdminAsync(app);
        var kioskLink = await admin.CreateKioskAsync(app, "screenshots");
        var signedIn = await signIn.StorageStateAsync();
        await signIn.CloseAsync();

        // The three styles are captured side by side, each in its own browser context.
        var found = await Task.WhenAll(
            CaptureThemeAsync(pages, LightTheme, "light", signedIn),
            CaptureThemeAsync(pages, DarkTheme, "dark", signedIn),
            CaptureKioskAsync(pages, kioskLink));
        var problems = found.SelectMany(p => p).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        foreach (var (appPage, style) in pages.SelectMany(p => (p.Kiosk ? new[] { "light", "dark", "kiosk" } : ["light", "dark"]).Select(style => (p, style))))
        {
            var file = new FileInfo(Path.Combine(BrowserFixture.ScreenshotDirectory, $"{appPage.FileName(Samples)}-{style}.png"));
            Assert.True(file.Exists && file.LastWriteTimeUtc >= started && file.Length > 0, $"no {style} screenshot of {appPage.Template} from this run ({file.Name})");
        }
    }

    private async Task<List<string>> CaptureThemeAsync(IReadOnlyList<AppPage> pages, string theme, string style, string signedIn)
    {
        var problems = new List<string>();
        await using var context = await browser.Browser.NewContextAsync(Desktop(signedIn));
        await context.AddCookiesAsync([new Cookie { Name = ThemeCookie, Value = theme, Url = app.BaseUrl }]);
        var page = await context.NewPageAsync();
        var errors = ConsoleErrors.Track(page);
        foreach (var appPage in pages.Where(p => !p.Static))
        {
            await CaptureAsync(page, errors, appPage, style, theme, problems);
        }

        // Sign-in, set-up and kiosk sign-in are for those not signed in yet.
        await using var anonymous = await browser.Browser.NewContextAsync(Desktop(null));
        await anonymous.AddCookiesAsync([new Cookie { Name = ThemeCookie, Value = theme, Url = app.BaseUrl }]);
        var anonymousPage = await anonymous.NewPageAsync();
        var anonymousErrors = ConsoleErrors.Track(anonymousPage);
        foreach (var appPage in pages.Where(p => p.Static))
        {
            await CaptureAsync(anonymousPage, anonymousErrors, appPage, style, theme, problems);
        }

        return problems;
    }

    /// <summary>The kiosk screens as a wall-mounted panel shows them: a kiosk account on a small touch screen.</summary>
    private async Task<List<string>> CaptureKioskAsync(IReadOnlyList<AppPage> pages, string kioskLink)
    {
        var problems = new List<string>();
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1024, Height = 600 } });
        var kiosk = await context.NewPageAsync();
        var errors = ConsoleErrors.Track(kiosk);
        await kiosk.SignInAsKioskAsync(kioskLink);
        foreach (var appPage in pages.Where(p => p.Kiosk))
        {
            await CaptureAsync(kiosk, errors, appPage, "kiosk", LightTheme, problems);
        }

        return problems;
    }

    private async Task CaptureAsync(IPage page, ConsoleErrors errors, AppPage appPage, string style, string theme, List<string> problems)
    {
        var seen = errors.All.Count;
        var path = appPage.Path(Samples);
        await page.GotoAsync(app.BaseUrl + path);
        if (appPage.Static)
        {
            await page.Locator("main").WaitForAsync();
        }
        else
        {
            await page.WaitForInteractiveAsync();
        }

        // Rendered: every stylesheet, script and image of the document in, fonts in, and a frame painted
        // after the last change. Not "network idle" (500 ms without any request): a loaded CI machine did
        // not give it within 30 s once, and it says nothing about what is painted.
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.EvaluateAsync("() => document.fonts.ready.then(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))))");

        // The layout names its theme, and MudBlazor's palette of that theme paints the page.
        var seenTheme = await page.EvaluateAsync<string[]>("""
            () => {
              const shell = document.querySelector('[data-hmi-theme]');
              return [shell?.getAttribute('data-hmi-theme') ?? '', getComputedStyle(document.body).backgroundColor,
                      shell?.getAttribute('data-hmi-style') ?? ''];
            }
            """);
        var (named, background, pageStyle) = (seenTheme[0], seenTheme[1], seenTheme[2]);
        if (named != theme || background != Backgrounds[theme] || appPage.Kiosk != (pageStyle == "kiosk"))
        {
            problems.Add($"/{path} ({style}): theme '{theme}' not applied on first paint (layout says '{named}' in style '{pageStyle}', background {background})");
        }

        await page.ScreenshotWholePageAsync($"{appPage.FileName(Samples)}-{style}");
        var found = errors.All.Skip(seen).ToList();
        if (found.Count > 0)
        {
            problems.Add($"/{path} ({style}): {string.Join("; ", found)}");
        }
    }

    private static BrowserNewContextOptions Desktop(string? storageState) => new()
    {
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        StorageState = storageState,
    };
}
