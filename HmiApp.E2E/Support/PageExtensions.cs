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

    /// <summary>
    /// The whole page even where a part scrolls inside itself (a full-page capture stops at the viewport there): the
    /// viewport is stretched to the content's height for the capture, then restored.
    /// </summary>
    public static async Task ScreenshotWholePageAsync(this IPage page, string name)
    {
        var viewport = page.ViewportSize ?? throw new InvalidOperationException("the page has no fixed viewport to stretch");
        var height = await page.EvaluateAsync<int>("""
            () => Math.ceil(Math.max(document.documentElement.scrollHeight,
                ...[...document.querySelectorAll('.mud-main-content, .mud-dialog-content')].map(e => e.getBoundingClientRect().top + e.scrollHeight)))
            """);
        await page.SetViewportSizeAsync(viewport.Width, Math.Max(viewport.Height, height));
        try
        {
            await page.ScreenshotToAsync(name);
        }
        finally
        {
            await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
        }
    }
}
