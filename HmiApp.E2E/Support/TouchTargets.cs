using Microsoft.Playwright;

namespace HmiApp.E2E.Support;

/// <summary>Measures every visible control on a kiosk screen: a finger needs at least 48 x 48 px.</summary>
public static class TouchTargets
{
    public const double MinimumPx = 48;

    private const string Measure = """
        () => [...document.querySelectorAll('.hmi-kiosk button, .hmi-kiosk a[href], .hmi-kiosk input, .hmi-kiosk select')]
            .map(e => ({ e, box: e.getBoundingClientRect() }))
            .filter(({ e, box }) => box.width > 0 && box.height > 0 && getComputedStyle(e).visibility !== 'hidden')
            .map(({ e, box }) => ({
                Name: `${e.tagName.toLowerCase()} '${(e.getAttribute('aria-label') || e.textContent || e.getAttribute('placeholder') || '').trim().slice(0, 40)}'`,
                Width: box.width,
                Height: box.height,
            }))
        """;

    /// <summary>Asserts that the screen has controls and that each is at least 48 px both ways, naming any that is not.</summary>
    public static async Task AssertTouchSizedAsync(this IPage page, string screen)
    {
        var controls = await page.EvaluateAsync<MeasuredControl[]>(Measure);
        Assert.True(controls.Length > 0, $"{screen}: no visible controls found in the kiosk layout");
        var small = controls.Where(c => c.Width < MinimumPx || c.Height < MinimumPx).Select(c => $"{c.Name} is {c.Width:0}x{c.Height:0} px").ToList();
        Assert.True(small.Count == 0, $"{screen}: touch targets under {MinimumPx} px: {string.Join("; ", small)}");
    }

    // Playwright fills the result by setting properties on an instance it creates.
    private sealed class MeasuredControl
    {
        public string Name { get; set; } = "";

        public double Width { get; set; }

        public double Height { get; set; }
    }
}
