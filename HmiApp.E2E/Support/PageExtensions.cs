using Microsoft.Playwright;

namespace HmiApp.E2E.Support;

public static class PageExtensions
{
    /// <summary>
    /// Waits until the page's circuit is interactive: the layout sets data-interactive only in
    /// OnAfterRender, which runs on the circuit and never during prerendering.
    /// </summary>
    public static Task WaitForInteractiveAsync(this IPage page, float timeoutMs = 30_000) =>
        page.WaitForSelectorAsync(".hmi-shell[data-interactive='true']", new PageWaitForSelectorOptions { Timeout = timeoutMs });

    public static Task ScreenshotToAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png"), FullPage = true });
}
