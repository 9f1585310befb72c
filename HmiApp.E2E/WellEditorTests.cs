using System.Globalization;
using System.Text.RegularExpressions;
using HmiApp.E2E.Support;
using Microsoft.Playwright;

namespace HmiApp.E2E;

/// <summary>
/// A well's VSD frequency setpoint end to end: the well editor, the point writer over Modbus to the simulated
/// well controller, the read-back, the simulated VSD ramping to the new frequency (seen live through
/// acquisition), the refusal of a frequency outside the well's limits, and the audit entry.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class WellEditorTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Well = "W-101";
    private const double NewSetpointHz = 52.5;
    private readonly AppProcess app = new();

    public Task InitializeAsync() => app.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task An_operator_changes_the_vsd_setpoint_within_limits_sees_the_read_back_and_the_well_follow_and_an_out_of_limit_value_is_refused()
    {
        Assert.Contains(Well, AppProcess.SimulatedWells);
        var admin = await browser.NewPageAsync();
        await admin.SignInAsAdminAsync(app);
        await admin.CreateUserAsync(app, "vicky", "Viewer");
        await admin.CreateUserAsync(app, "olga", "Operator");

        // A Viewer sees the editor read-only.
        var viewer = await browser.NewPageAsync();
        await viewer.SignInAsync(app, "vicky", Accounts.Password, $"wells/{Well}");
        await viewer.WaitForInteractiveAsync();
        await viewer.Locator("[data-testid=vsd-setpoint]").WaitForAsync(new() { Timeout = 30_000 });
        Assert.True(await viewer.Locator("[data-testid=vsd-setpoint]").IsDisabledAsync());
        Assert.True(await viewer.Locator("[data-testid=vsd-review]").IsDisabledAsync());
        Assert.True(await viewer.Locator("[data-testid=well-name]").IsDisabledAsync());

        // The Operator opens the well from the list.
        var page = await browser.NewPageAsync();
        await page.SignInAsync(app, "olga", Accounts.Password, "wells");
        await page.WaitForInteractiveAsync();
        await page.Locator($"[data-well='{Well}'] [data-testid=well-link]").ClickAsync();
        await page.WaitForURLAsync(new Regex($"/wells/{Well}$"));
        await page.WaitForInteractiveAsync();
        var liveFrequency = page.Locator("[data-signal=VsdFrequency] [data-testid=live-value]");
        await page.WaitForFunctionAsync(
            "() => document.querySelector('[data-signal=VsdFrequency] [data-testid=live-value]')?.dataset.quality === 'Good'",
            null, new() { Timeout = 30_000, PollingInterval = 250 });
        var before = Number(await liveFrequency.Locator(".hmi-live__value").InnerTextAsync());
        Assert.True(Math.Abs(before - NewSetpointHz) > 1, $"the VSD runs at {before} Hz, too close to the new setpoint to see it follow");

        var limits = LimitsPattern().Match(await page.Locator("[data-testid=vsd-limits]").InnerTextAsync());
        Assert.True(limits.Success, "the editor shows the well's frequency limits");
        var maxHz = Number(limits.Groups["max"].Value);
        Assert.InRange(NewSetpointHz, Number(limits.Groups["min"].Value), maxHz);

        // Out of limits: refused with the reason before anything is written.
        var tooHigh = maxHz + 5;
        await page.Locator("[data-testid=vsd-setpoint]").FillAsync(tooHigh.ToString(CultureInfo.InvariantCulture));
        await page.Locator("[data-testid=vsd-review]").ClickAsync();
        var refusal = await page.Locator("[data-testid=vsd-refusal]").InnerTextAsync();
        Assert.Contains($"above the well's maximum frequency {maxHz.ToString(CultureInfo.InvariantCulture)} Hz", refusal);
        Assert.Equal(0, await page.Locator("[data-testid=vsd-confirm]").CountAsync());

        // Within limits: confirm old -> new, write, read back.
        await page.Locator("[data-testid=vsd-setpoint]").FillAsync(NewSetpointHz.ToString(CultureInfo.InvariantCulture));
        await page.Locator("[data-testid=vsd-review]").ClickAsync();
        var change = await page.Locator("[data-testid=vsd-change]").InnerTextAsync();
        Assert.Contains("FrequencySetpoint", change);
        Assert.Contains("→ 52.5 Hz", change);
        await page.Locator("[data-testid=vsd-write]").ClickAsync();
        await page.Locator("[data-testid=vsd-result][data-outcome=written]").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(NewSetpointHz, Number(await page.Locator("[data-testid=vsd-read-back]").InnerTextAsync()));

        // The simulated VSD ramps to the new frequency (1 Hz/s); the page shows it live from acquisition.
        try
        {
            await page.WaitForFunctionAsync(
                $"() => {{ const v = document.querySelector('[data-signal=VsdFrequency] [data-testid=live-value]'); return v?.dataset.quality === 'Good' && Math.abs(parseFloat(v.querySelector('.hmi-live__value').textContent) - {NewSetpointHz.ToString(CultureInfo.InvariantCulture)}) < 0.3; }}",
                null, new() { Timeout = 60_000, PollingInterval = 250 });
        }
        catch (TimeoutException)
        {
            var shown = await liveFrequency.InnerTextAsync();
            var quality = await liveFrequency.GetAttributeAsync("data-quality");
            throw new TimeoutException($"the live VSD frequency did not reach {NewSetpointHz} Hz within 60 s: it shows '{shown}' ({quality})");
        }
        await page.ScreenshotToAsync("well-editor-after-setpoint");

        // The audit names the operator, the old and the new setpoint.
        await admin.GotoAsync(app.BaseUrl + "admin/audit");
        await admin.WaitForInteractiveAsync();
        await admin.Locator("[data-testid=audit-category]").ChooseAsync("wells");
        await admin.Locator("[data-testid=audit-search]").ClickAsync();
        var written = admin.Locator("[data-testid=audit-row]", new() { HasText = "olga" });
        await written.First.WaitForAsync();
        Assert.Contains("52.5 Hz", await written.First.Locator("[data-testid=audit-new]").InnerTextAsync());
        Assert.Contains("Hz", await written.First.Locator("[data-testid=audit-old]").InnerTextAsync());
    }

    private static double Number(string text) => double.Parse(text.Trim(), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<min>[0-9]+(?:\.[0-9]+)?)\.\.(?<max>[0-9]+(?:\.[0-9]+)?) Hz")]
    private static partial Regex LimitsPattern();
}
