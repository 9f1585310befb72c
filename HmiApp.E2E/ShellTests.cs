using HmiApp.E2E.Support;
using Microsoft.Playwright;

namespace HmiApp.E2E;

[Collection(BrowserCollection.Name)]
public sealed class ShellTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly AppProcess app = new();

    public Task InitializeAsync() => app.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_shell_navigates_every_screen_over_one_circuit_and_keeps_the_theme_chosen()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsAdminAsync(app);
        await page.EvaluateAsync("() => window.__sameDocument = true");

        string[] screens = ["Zones", "Wells", "Diagnostics", "Trends", "Alarms", "Devices", "Admin", "Overview"];
        foreach (var screen in screens)
        {
            await page.Locator(".hmi-nav").GetByText(screen, new() { Exact = true }).ClickAsync();
            await page.Locator("h1", new() { HasText = screen }).WaitForAsync();
        }

        // Navigation stays inside the circuit: the marker set before the clicks survives.
        Assert.Equal(app.BaseUrl, page.Url);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));

        // The palette comes with the page (App.razor), so the toggle remembers the choice and loads the page again.
        await page.EvaluateAsync("() => window.__beforeToggle = true");
        await page.Locator("button[title='Light or dark theme']").ClickAsync();
        await page.WaitForFunctionAsync("() => window.__beforeToggle === undefined");
        await page.WaitForInteractiveAsync();
        Assert.Equal("dark", await page.Locator(".hmi-shell").GetAttributeAsync("data-hmi-theme"));

        // The choice is kept in a cookie, so the next page load starts dark too.
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        Assert.Equal("dark", await page.Locator(".hmi-shell").GetAttributeAsync("data-hmi-theme"));
        // MudBlazor's dark palette paints the page from the first paint, not only after the toggle.
        Assert.Equal("rgb(38, 41, 44)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
    }

    [Fact]
    public async Task The_clock_is_pushed_by_the_server_without_any_input()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsAdminAsync(app);
        var first = await page.Locator("[data-testid=plant-clock]").TextContentAsync();

        await page.WaitForFunctionAsync(
            "initial => document.querySelector('[data-testid=plant-clock]').textContent !== initial", first, new() { Timeout = 10_000 });
    }
}
