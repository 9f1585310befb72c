using HmiApp.E2E.Support;
using Microsoft.Playwright;

namespace HmiApp.E2E;

/// <summary>
/// The jobs page on the simulated plant: a scan class's period is changed and the job shows it, and the stored
/// run history shows the runs of a well's poll job, its failures highlighted once the well stops answering; the
/// Hangfire dashboard, reached from the jobs page, lists the poll jobs and their closed windows under the app's CSP.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JobsPageTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Job = $"poll:{LivePlant.Well}:1s";
    private readonly AppProcess app = new();

    public Task InitializeAsync() => app.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task An_admin_changes_a_period_and_sees_failed_runs_highlighted_in_the_history()
    {
        var page = await browser.NewPageAsync();
        await LivePlant.SignInAsync(app, page);
        await page.GotoAsync(app.BaseUrl + "admin/jobs");
        await page.WaitForInteractiveAsync();

        await page.Locator($"[data-testid='change-period-{Job}']").ClickAsync();
        var period = page.GetByTestId("period-ms");
        Assert.Equal("1000", await period.InputValueAsync());
        await period.FillAsync("50");
        await period.PressAsync("Tab");
        await page.GetByTestId("apply-period").ClickAsync();
        Assert.Contains("periodMs: Period 50 ms is too short", await page.FieldError("period-ms").InnerTextAsync());
        await period.FillAsync("500");
        await period.PressAsync("Tab");
        await page.GetByTestId("apply-period").ClickAsync();
        await page.GetByTestId("jobs-message").Filter(new() { HasText = "now runs every 500 ms" }).WaitForAsync();
        Assert.Equal("0.5 s", await page.Locator($"[data-testid='period-{Job}']").InnerTextAsync());

        await LivePlant.SetDeviceFaultAsync(page, app, LivePlant.Well, "StopAnswering", active: true);
        await page.Locator($"[data-testid='history-{Job}']").ClickAsync();
        var runs = page.GetByTestId("runs");
        await runs.WaitForAsync();
        await page.WaitForFunctionAsync(
            "() => { document.querySelector(\"[data-testid='runs'] button\")?.click(); return document.querySelectorAll(\"[data-testid='run-failed']\").length > 0; }",
            null, new() { Timeout = 30_000, PollingInterval = 1000 });
        Assert.True(await runs.GetByTestId("run-ok").CountAsync() > 0);
        Assert.Contains("hmi-abnormal", await runs.GetByTestId("run-failed").First.GetAttributeAsync("class"));
        await page.ScreenshotToAsync("jobs-history-failures");
        await LivePlant.SetDeviceFaultAsync(page, app, LivePlant.Well, "StopAnswering", active: false);
    }

    [Fact]
    public async Task The_hangfire_dashboard_lists_the_poll_jobs_and_their_windows_under_the_content_security_policy()
    {
        var page = await browser.NewPageAsync();
        await LivePlant.SignInAsync(app, page);
        await page.GotoAsync(app.BaseUrl + "admin/jobs");
        await page.WaitForInteractiveAsync();
        var errors = ConsoleErrors.Track(page);

        await page.GetByTestId("hangfire-dashboard-link").First.ClickAsync();
        await page.WaitForURLAsync("**/admin/hangfire/recurring");
        await page.GetByText(Job, new() { Exact = true }).First.WaitForAsync();

        // A window closes on the minute (its job then waits up to 5 s for a worker); the Succeeded list is a server
        // page, so it is loaded again until it holds one.
        var windows = page.GetByText("Poll window", new() { Exact = false });
        var deadline = DateTime.UtcNow.AddSeconds(150);
        await page.GotoAsync(app.BaseUrl + "admin/hangfire/jobs/succeeded");
        while (await windows.CountAsync() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "no closed poll window in Hangfire's Succeeded list within 150 s");
            await page.WaitForTimeoutAsync(1000);
            await page.ReloadAsync();
        }

        await windows.First.WaitForAsync();
        await page.ScreenshotToAsync("hangfire-dashboard-windows");
        Assert.True(errors.All.Count == 0, string.Join("\n", errors.All));
    }
}
