using HmiApp.E2E.Support;
using Microsoft.Playwright;

namespace HmiApp.E2E;

/// <summary>The embedded default in a browser: the simulated wells listed live from their Modbus readings, and a diagnostics card for each.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DiagnosticsPagesTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly AppProcess app = new();

    public Task InitializeAsync() => app.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Wells_page_shows_each_simulated_well_running_and_diagnostics_page_has_a_card_per_well()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsAdminAsync(app, "wells");

        foreach (var well in AppProcess.SimulatedWells)
        {
            // The list refreshes itself over the circuit: a fresh reading turns the row live without a reload.
            var row = page.Locator($"tr[data-well='{well}'][data-stale='false']");
            await row.WaitForAsync(new() { Timeout = 20_000 });
            Assert.Contains("running", await row.InnerTextAsync());
        }

        await page.ScreenshotToAsync("wells-list");

        await page.Locator(".hmi-nav").GetByText("Diagnostics", new() { Exact = true }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Diagnostics" }).WaitForAsync();
        Assert.Equal(AppProcess.SimulatedWells.Count, await page.Locator("[data-testid='well-diagnosis']").CountAsync());
        Assert.Contains("critical or high", await page.Locator("[data-testid='critical-list']").InnerTextAsync());
        await page.ScreenshotToAsync("diagnostics-page");
    }
}
