using Microsoft.Playwright;

namespace HmiApp.UiLoad.Scenarios;

/// <summary>
/// Acquisition→DOM latency in a real browser: one overview page with 50 live values. Each live value carries its
/// acquisition time in <c>data-acquired</c> (epoch ms); a MutationObserver stamps <c>performance.timeOrigin +
/// performance.now()</c> when it changes or when a new value element is inserted (a live value is one markup block,
/// which Blazor replaces as a whole). Browser and server share this machine's clock, so no offset correction.
/// </summary>
public static class DomLatencyScenario
{
    public static async Task RunAsync(IBrowserContext signedIn, AppUnderLoad app, int seconds)
    {
        var page = await signedIn.NewPageAsync();
        await page.AddInitScriptAsync("""
            window.__latency = [];
            new MutationObserver(records => {
              const now = performance.timeOrigin + performance.now();
              const stamp = element => {
                const acquired = Number(element.getAttribute('data-acquired'));
                if (acquired) window.__latency.push(now - acquired);
              };
              for (const r of records) {
                if (r.type === 'attributes') stamp(r.target);
                else for (const node of r.addedNodes) if (node.nodeType === 1 && node.hasAttribute('data-acquired')) stamp(node);
              }
            }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-acquired'] });
            """);
        await page.GotoAsync(app.BaseUrl, new PageGotoOptions { Timeout = 120_000 });
        await page.WaitForSelectorAsync(".hmi-shell[data-interactive='true']", new PageWaitForSelectorOptions { Timeout = 120_000 });
        await Task.Delay(TimeSpan.FromSeconds(5));
        await page.EvaluateAsync("() => window.__latency.length = 0");
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        var latencies = (await page.EvaluateAsync<double[]>("() => window.__latency.splice(0)")).ToList();
        Console.WriteLine($"dom: 1 browser page, 50 values, acquisition→DOM: {LatencyRecorder.Describe(latencies)}; {LoadAverage.Now()}");
        await page.CloseAsync();
    }
}
