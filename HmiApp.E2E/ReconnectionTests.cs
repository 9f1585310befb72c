using HmiApp.E2E.Support;
using Microsoft.Playwright;

namespace HmiApp.E2E;

/// <summary>A kiosk must survive a server restart unattended: it says the data is not live, then recovers by itself, still signed in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReconnectionTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly AppProcess app = new();

    public Task InitializeAsync() => app.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_kiosk_shows_not_live_while_the_server_is_down_and_recovers_without_input_after_a_restart()
    {
        var link = await (await browser.NewAdminPageAsync(app)).CreateKioskAsync(app, "lobby");
        var page = await browser.NewPageAsync(1024, 600);
        await page.SignInAsKioskAsync(link);
        var overlay = page.Locator("[data-testid=not-live-overlay]");
        Assert.False(await overlay.IsVisibleAsync());
        await page.EvaluateAsync("() => window.__beforeRestart = true");

        await app.KillAsync();

        await overlay.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 15_000 });
        Assert.Contains("DATA NOT LIVE", await overlay.InnerTextAsync());
        // The age counts up while the server is away.
        await page.WaitForFunctionAsync("() => parseInt(document.getElementById('hmi-not-live-age').textContent) >= 2", null, new() { Timeout = 15_000 });
        await page.ScreenshotToAsync("kiosk-not-live");

        await app.StartAsync();

        // No input from here on: the page must reload into a new circuit by itself.
        await page.WaitForFunctionAsync("() => window.__beforeRestart === undefined", null, new() { Timeout = 30_000, PollingInterval = 200 });
        await page.WaitForInteractiveAsync();
        Assert.False(await overlay.IsVisibleAsync());
        // Still signed in as the kiosk: its cookie and the data-protection keys outlived the restart.
        Assert.EndsWith("/kiosk", page.Url);
        Assert.Equal("lobby", await page.Locator("[data-testid=signed-in-user]").InnerTextAsync());
    }
}
