using HmiApp.E2E.Support;
using Microsoft.Playwright;

namespace HmiApp.E2E;

[Collection(BrowserCollection.Name)]
public sealed class LiveValueTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly AppProcess app = new();

    public Task InitializeAsync() => app.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_value_goes_stale_when_its_device_stops_answering_and_good_again_when_it_returns()
    {
        var page = await browser.NewPageAsync();
        await LivePlant.SignInAsync(app, page);
        await page.GotoAsync(app.BaseUrl);
        await page.WaitForInteractiveAsync();

        const string Flow = $"[data-well='{LivePlant.Well}'] td:nth-child(3) [data-testid='live-value']";
        var flow = page.Locator(Flow);
        await Expect(page, Flow, "Good");
        Assert.Equal(0, await flow.GetByTestId("live-age").CountAsync());
        await page.ScreenshotToAsync("overview-light");

        await LivePlant.SetDeviceFaultAsync(page, app, LivePlant.Well, "StopAnswering", active: true);
        await page.Locator(Flow + ":not([data-quality='Good'])").WaitForAsync(new() { Timeout = 15_000 });
        var quality = await flow.GetAttributeAsync("data-quality");
        Assert.Contains(quality, new[] { "Uncertain", "Bad" });
        Assert.Matches(@"(\d+ s|min) old", await flow.GetByTestId("live-age").InnerTextAsync());
        await page.GetByTestId("device-in-trouble").Filter(new() { HasText = LivePlant.Well }).WaitForAsync();
        await page.ScreenshotToAsync("overview-stale-light");

        await LivePlant.SetDeviceFaultAsync(page, app, LivePlant.Well, "StopAnswering", active: false);
        await Expect(page, Flow, "Good", timeoutMs: 30_000);
        Assert.Equal(0, await flow.GetByTestId("live-age").CountAsync());
        await page.GetByTestId("no-trouble").WaitForAsync(new() { Timeout = 15_000 });

        var dark = await LivePlant.DarkPageAsync(browser, app);
        await dark.GotoAsync(app.BaseUrl);
        await dark.WaitForInteractiveAsync();
        await Expect(dark, $"[data-well='{LivePlant.Well}'] [data-testid='live-value']", "Good");
        await dark.ScreenshotToAsync("overview-dark");
    }

    [Fact]
    public async Task The_kiosk_overview_shows_the_wells_live_with_touch_sized_values()
    {

        var page = await browser.NewPageAsync(1024, 600);
        await LivePlant.SignInAsync(app, page);
        await page.GotoAsync(app.BaseUrl + "kiosk");
        await page.WaitForInteractiveAsync();
        const string Values = $"[data-well='{LivePlant.Well}'] [data-testid='live-value']";
        var values = page.Locator(Values);
        await Expect(page, Values, "Good");
        Assert.Equal(0, await page.Locator(".mud-drawer").CountAsync());
        for (var i = 0; i < await values.CountAsync(); i++)
        {
            var box = await values.Nth(i).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Height >= 48 && box.Width >= 48, $"live value {i} is {box.Width}x{box.Height} px");
        }

        await page.ScreenshotToAsync("kiosk-overview-live");
        var dark = await LivePlant.DarkPageAsync(browser, app, 1024, 600);
        await dark.GotoAsync(app.BaseUrl + "kiosk");
        await dark.WaitForInteractiveAsync();
        await Expect(dark, $"[data-well='{LivePlant.Well}'] [data-testid='live-value']", "Good");
        await dark.ScreenshotToAsync("kiosk-overview-live-dark");
    }

    private static Task Expect(IPage page, string selector, string quality, float timeoutMs = 15_000) =>
        page.Locator($"{selector}[data-quality='{quality}']").First.WaitForAsync(new() { Timeout = timeoutMs });
}
