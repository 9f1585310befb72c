using System.Globalization;
using HmiApp.E2E.Support;
using Microsoft.Playwright;

namespace HmiApp.E2E;

/// <summary>
/// An engineer's point edit end to end on the simulated plant: a bad scale is refused on its field, "Read now"
/// reads the unsaved definition from the well controller, and once applied the overview's live value follows it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PointEditorTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Current = $"[data-well='{LivePlant.Well}'] td:nth-child(4) [data-testid='live-value']";
    private readonly AppProcess app = new();

    public Task InitializeAsync() => app.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task An_admin_reads_a_rescaled_point_before_saving_and_the_live_value_follows_the_applied_scale()
    {
        var page = await browser.NewPageAsync();
        await LivePlant.SignInAsync(app, page);
        await page.GotoAsync(app.BaseUrl);
        await page.WaitForInteractiveAsync();
        await page.Locator(Current + "[data-quality='Good']").WaitForAsync(new() { Timeout = 30_000 });
        var before = Number(await page.Locator(Current + " .hmi-live__value").InnerTextAsync());
        Assert.True(before > 1, $"motor current {before} A: the simulated well should be running");

        await page.GotoAsync(app.BaseUrl + "admin/point-maps");
        await page.WaitForInteractiveAsync();
        await page.GetByTestId("tag-filter").FillAsync("signal:MotorCurrent");
        await page.GetByTestId("tag-filter").PressAsync("Tab");
        await page.ScreenshotToAsync("point-maps-filtered");
        var edit = page.Locator($"[data-testid='edit-point-{LivePlant.Well}/MotorCurrent']");
        await edit.ClickAsync();
        var scale = page.GetByTestId("field-scale");
        Assert.Equal("1", await scale.InputValueAsync());

        await scale.FillAsync("0");
        await scale.PressAsync("Tab");
        await page.GetByTestId("check-edit").ClickAsync();
        Assert.Contains("Scale 0", await page.FieldError("field-scale").InnerTextAsync());
        Assert.True(await page.GetByTestId("apply-edit").IsDisabledAsync());

        await scale.FillAsync("1000");
        await scale.PressAsync("Tab");
        await page.GetByTestId("read-now").ClickAsync();
        var probed = Number(await page.GetByTestId("probe-value").InnerTextAsync());
        Assert.InRange(probed / 1000, before / 2, before * 2);
        await page.ScreenshotToAsync("point-editor-read-now");

        await page.GetByTestId("check-edit").ClickAsync();
        Assert.Contains($"Changed Point {LivePlant.Well}/MotorCurrent: scale: '1' -> '1000'", await page.GetByTestId("edit-changes").InnerTextAsync());
        await page.GetByTestId("apply-edit").ClickAsync();
        Assert.Contains("Applied 1 change(s)", await page.GetByTestId("edit-applied").InnerTextAsync());

        await page.GotoAsync(app.BaseUrl);
        await page.WaitForInteractiveAsync();
        await page.WaitForFunctionAsync(
            $"() => parseFloat((document.querySelector(\"{Current} .hmi-live__value\")?.textContent ?? '0').replace(/,/g, '')) > {(before * 100).ToString(CultureInfo.InvariantCulture)}",
            null, new() { Timeout = 30_000, PollingInterval = 250 });
        await page.ScreenshotToAsync("overview-after-point-edit");
    }

    private static double Number(string text) =>
        double.Parse(text.Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
