using System.Globalization;
using HmiApp.E2E.Support;
using Microsoft.Playwright;

namespace HmiApp.E2E;

/// <summary>
/// The kiosk on a touch panel: a kiosk account reads the zones but may not write; an operator's PIN unlocks the
/// write of a setpoint typed on the on-screen keypad, which reaches the simulated base station and is audited
/// under the operator's name. Every control on the kiosk screens is large enough for a finger.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KioskZoneTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string OperatorPin = "4711";
    private readonly AppProcess app = new();

    public Task InitializeAsync() => app.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_kiosk_sets_a_zone_setpoint_on_the_keypad_unlocked_by_an_operators_pin_and_the_base_station_takes_it_up()
    {
        var admin = await browser.NewAdminPageAsync(app);
        await admin.CreateUserAsync(app, "otto", "Operator");
        await admin.SetPinAsync(app, "otto", OperatorPin);
        var link = await admin.CreateKioskAsync(app, "control-room");

        var kiosk = await browser.NewPageAsync(1024, 600);
        var errors = ConsoleErrors.Track(kiosk);
        await kiosk.SignInAsKioskAsync(link);

        // The kiosk overview shows the zones live, and a big button leads to the kiosk's zones page.
        var overviewZone = kiosk.Locator("[data-testid=overview-zone][data-zone='1-1']");
        await overviewZone.WaitForAsync(new() { Timeout = 30_000 });
        Assert.EndsWith("°C", (await overviewZone.Locator("[data-field=temperature]").InnerTextAsync()).Trim());
        Assert.Equal(0, await kiosk.Locator(".mud-drawer").CountAsync());
        await kiosk.AssertTouchSizedAsync("kiosk overview");
        await kiosk.Locator("[data-testid=overview-zones-open]").ClickAsync();
        await kiosk.WaitForURLAsync(url => url.EndsWith("/kiosk/zones", StringComparison.Ordinal));

        var setpoint = kiosk.Locator("[data-testid=setpoint-1-1]");
        await setpoint.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Equal(0, await kiosk.Locator(".mud-drawer").CountAsync());
        await kiosk.AssertTouchSizedAsync("kiosk zones");
        var before = (await setpoint.InnerTextAsync()).Trim();
        Assert.NotEqual("25.5 °C", before);

        // The keypad shows the heating domain's limits and refuses what lies outside them, saying why.
        await setpoint.ClickAsync();
        var keypad = kiosk.Locator("[data-testid=numeric-keypad]");
        await keypad.WaitForAsync();
        var limits = await keypad.Locator("[data-testid=keypad-limits]").InnerTextAsync();
        Assert.Contains("5 to 30 °C", limits);
        Assert.Contains("step 0.5", limits);
        await kiosk.AssertTouchSizedAsync("kiosk keypad");

        await TypeAsync(keypad, "35");
        Assert.Equal("35 is above the maximum 30.", (await keypad.Locator("[data-testid=keypad-message]").InnerTextAsync()).Trim());
        await TypeAsync(keypad, "25.3");
        Assert.Equal("25.3 is not a multiple of the step 0.5 from 5.", (await keypad.Locator("[data-testid=keypad-message]").InnerTextAsync()).Trim());
        Assert.Equal(0, await kiosk.Locator("[data-testid=zone-changes]").CountAsync());
        await TypeAsync(keypad, "25.5");

        // Old -> new is shown; the kiosk alone may not write until an operator unlocks it with the PIN.
        var changes = await kiosk.Locator("[data-testid=zone-changes]").InnerTextAsync();
        Assert.Contains($"{before} → 25.5 °C", changes);
        var write = kiosk.Locator("[data-testid=kiosk-write]");
        Assert.True(await write.IsDisabledAsync());
        // No keyboard on a touch panel: the operator picks their name and types the PIN on the pad.
        await kiosk.Locator("[data-testid=kiosk-unlock]").ClickAsync();
        await kiosk.Locator("[data-testid=pin-operator][data-operator=otto]").ClickAsync();
        await kiosk.AssertTouchSizedAsync("kiosk PIN pad");
        await TypePinAsync(kiosk, "0000");
        // Only dots are shown, one per digit; the circuit's render follows the clicks, so wait for the fourth.
        await kiosk.Locator("[data-testid=pin-value]", new() { HasText = "••••" }).WaitForAsync();
        Assert.DoesNotContain("0", await kiosk.Locator("[data-testid=pin-value]").InnerTextAsync());
        await kiosk.Locator("[data-testid=pin-submit]").ClickAsync();
        await kiosk.Locator("[data-testid=kiosk-setpoint] [role=alert]", new() { HasText = "Wrong operator or PIN." }).WaitForAsync();
        Assert.True(await write.IsDisabledAsync());
        await TypePinAsync(kiosk, OperatorPin);
        await kiosk.Locator("[data-testid=pin-submit]").ClickAsync();
        await kiosk.Locator("[data-testid=kiosk-unlocked]", new() { HasText = "otto" }).WaitForAsync();
        await kiosk.AssertTouchSizedAsync("kiosk confirmation");

        await kiosk.Locator("[data-testid=kiosk-write]:not([disabled])").ClickAsync();
        await kiosk.Locator("[data-testid=zone-results] li[data-outcome=Written]").WaitForAsync();
        Assert.Contains("25.5", await kiosk.Locator("[data-testid=zone-read-back]").InnerTextAsync());
        await kiosk.Locator("[data-testid=kiosk-close]").ClickAsync();

        // The simulated base station takes the setpoint up: it reports it back and the room warms toward it.
        await kiosk.WaitForFunctionAsync(
            "() => parseFloat(document.querySelector('[data-testid=zone-1-1] [data-field=temperature]')?.textContent ?? '0') > 24.5",
            null, new() { Timeout = 60_000, PollingInterval = 250 });
        Assert.Equal("25.5 °C", (await setpoint.InnerTextAsync()).Trim());

        // Back to the overview with the page's big button, which shows the new setpoint; the tab returns to the zones.
        await kiosk.Locator("[data-testid=kiosk-to-overview]").ClickAsync();
        await kiosk.WaitForURLAsync(url => url.EndsWith("/kiosk", StringComparison.Ordinal));
        Assert.Equal("25.5 °C", (await overviewZone.Locator("[data-field=setpoint]").InnerTextAsync()).Trim());
        await kiosk.Locator(".hmi-kiosk__tabs .hmi-touch", new() { HasText = "Zones" }).ClickAsync();
        await setpoint.WaitForAsync();
        Assert.Empty(errors.All);

        // The audit names the operator who unlocked the kiosk, at that kiosk, with old and new.
        await admin.GotoAsync(app.BaseUrl + "admin/audit");
        await admin.WaitForInteractiveAsync();
        await admin.Locator("[data-testid=audit-category]").ChooseAsync("heating");
        await admin.Locator("[data-testid=audit-search]").ClickAsync();
        var written = admin.Locator("[data-testid=audit-row]", new() { HasText = "otto at control-room" });
        await written.First.WaitForAsync();
        Assert.Contains("25.5", await written.First.Locator("[data-testid=audit-new]").InnerTextAsync());
        Assert.Contains(before.Replace(" °C", "", StringComparison.Ordinal), await written.First.Locator("[data-testid=audit-old]").InnerTextAsync());
    }

    /// <summary>Clears the keypad, taps the digits of <paramref name="value"/>, then OK.</summary>
    private static async Task TypePinAsync(IPage page, string pin)
    {
        foreach (var digit in pin)
        {
            await page.Locator($"[data-testid=pin-pad] [data-key='{digit}']").ClickAsync();
        }
    }

    private static async Task TypeAsync(ILocator keypad, string value)
    {
        await keypad.GetByRole(AriaRole.Button, new() { Name = "Clear", Exact = true }).ClickAsync();
        foreach (var key in value)
        {
            await keypad.GetByRole(AriaRole.Button, new() { Name = key.ToString(CultureInfo.InvariantCulture), Exact = true }).ClickAsync();
        }

        await keypad.Locator("[data-testid=keypad-display]", new() { HasText = value }).WaitForAsync();
        await keypad.Locator("[data-testid=keypad-ok]").ClickAsync();
    }
}
