using HmiApp.E2E.Support;
using Microsoft.Playwright;

namespace HmiApp.E2E;

[Collection(BrowserCollection.Name)]
public sealed class TrendsTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly AppProcess app = new();

    public Task InitializeAsync() => app.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Clicking_a_live_value_opens_its_trend_which_grows_with_new_samples_and_zooms_into_history()
    {
        var page = await browser.NewPageAsync();
        await LivePlant.SignInAsync(app, page);
        await page.GotoAsync(app.BaseUrl);
        await page.WaitForInteractiveAsync();

        var flow = page.Locator($"[data-well='{LivePlant.Well}'] td:nth-child(3) [data-testid='live-value'][data-quality='Good']");
        await flow.WaitForAsync();
        var pointId = await flow.GetAttributeAsync("data-point-id");
        var currentId = await page.Locator($"[data-well='{LivePlant.Well}'] td:nth-child(4) [data-testid='live-value']").GetAttributeAsync("data-point-id");
        await flow.ClickAsync();

        await page.WaitForURLAsync($"**/trends?points={pointId}");
        var chart = page.GetByTestId("trend-chart");
        await page.Locator("[data-testid='trend-chart'][data-samples]").WaitForAsync();
        Assert.Contains("bbl/d", await chart.InnerTextAsync());
        Assert.Contains($"{LivePlant.Well} · FlowRate", await chart.InnerTextAsync());

        var first = int.Parse((await chart.GetAttributeAsync("data-samples"))!, System.Globalization.CultureInfo.InvariantCulture);
        await page.WaitForFunctionAsync(
            "n => Number(document.querySelector(\"[data-testid='trend-chart']\").dataset.samples) >= n + 2",
            first,
            new() { Timeout = 15_000 });
        await page.ScreenshotToAsync("trends-live-light");

        // A second point with other units gets its own y-axis.
        await page.GotoAsync($"{app.BaseUrl}trends?points={pointId},{currentId}");
        await page.WaitForInteractiveAsync();
        await page.Locator("[data-testid='trend-chart'][data-samples]").WaitForAsync();
        await page.Locator(".apexcharts-yaxis-title-text", new() { HasText = "bbl/d" }).WaitForAsync();
        await page.Locator(".apexcharts-yaxis-title-text", new() { HasText = "A" }).First.WaitForAsync();

        // Dragging across the plot zooms: the visible range is reloaded from history and the chart stops following live.
        // ApexCharts redraws its SVG as series data arrives, so the plot's box is read in one step once it has a size.
        const string PlotBox = "() => { const e = document.querySelector('.apexcharts-grid'); if (!e) return null; const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 ? [r.x, r.y, r.width, r.height] : null; }";
        await page.WaitForFunctionAsync(PlotBox, null, new() { Timeout = 10_000 });
        var plot = await page.EvaluateAsync<float[]>(PlotBox);
        Assert.Equal(4, plot.Length);
        var (x, y, width, height) = (plot[0], plot[1], plot[2], plot[3]);
        // An operator's drag lasts long enough for live samples to arrive in the middle of it: the drag is held until
        // one has (the chart counts it), so a live redraw that threw the selection away would fail here every time.
        await page.Mouse.MoveAsync(x + width * 0.3f, y + height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x + width * 0.55f, y + height / 2, new() { Steps = 4 });
        var during = int.Parse((await chart.GetAttributeAsync("data-samples"))!, System.Globalization.CultureInfo.InvariantCulture);
        await page.WaitForFunctionAsync(
            "n => Number(document.querySelector(\"[data-testid='trend-chart']\").dataset.samples) > n",
            during,
            new() { Timeout = 15_000 });
        await page.Mouse.MoveAsync(x + width * 0.8f, y + height / 2, new() { Steps = 4 });
        await page.Mouse.UpAsync();
        try
        {
            await page.Locator("[data-testid='trend-chart'][data-live='false']").WaitForAsync(new() { Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            var rangeError = await chart.GetAttributeAsync("data-range-error");
            var problems = app.Log.Split('\n').Where(l => l.Contains("fail", StringComparison.OrdinalIgnoreCase) || l.Contains("Exception", StringComparison.Ordinal));
            throw new Xunit.Sdk.XunitException(
                $"The zoom did not load the range from history within 10 s. Range error: {rangeError ?? "none"}. App log:\n{string.Join('\n', problems.TakeLast(40))}");
        }
        await page.GetByTestId("back-to-live").WaitForAsync();

        var dark = await LivePlant.DarkPageAsync(browser, app);
        await dark.GotoAsync(page.Url);
        await dark.WaitForInteractiveAsync();
        await dark.Locator("[data-testid='trend-chart'][data-samples]").WaitForAsync();
        await dark.ScreenshotToAsync("trends-live-dark");
    }
}
