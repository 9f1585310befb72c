using System.Globalization;
using HmiApp.E2E.Support;
using Microsoft.Playwright;

namespace HmiApp.E2E;

/// <summary>
/// A zone setpoint end to end: the HMI's gateway, the simulated base station that polls it, and back.
/// A Viewer can neither use the control nor force a write; an Operator can, and the audit shows it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ZoneSetpointTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly AppProcess app = new();

    public Task InitializeAsync() => app.StartAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_viewer_is_refused_an_operator_changes_a_setpoint_through_the_base_station_and_the_audit_shows_old_and_new()
    {
        var admin = await browser.NewPageAsync();
        await admin.SignInAsAdminAsync(app);
        await admin.CreateUserAsync(app, "vera", "Viewer");
        await admin.CreateUserAsync(app, "otto", "Operator");

        // Viewer: the control is disabled, and a forged click (the attribute removed in the page) is refused by the server.
        var viewer = await browser.NewPageAsync();
        await viewer.SignInAsync(app, "vera", Accounts.Password, "zones");
        var viewerEdit = viewer.Locator("[data-testid=edit-1-1]");
        await viewerEdit.WaitForAsync(new() { Timeout = 30_000 });
        Assert.True(await viewerEdit.IsDisabledAsync());
        await viewer.Locator("[data-testid=edit-1-1]").EvaluateAsync("b => b.removeAttribute('disabled')");
        await viewerEdit.ClickAsync(new() { Force = true });
        if (await viewer.Locator("[data-testid=zone-editor]").CountAsync() > 0)
        {
            await viewer.Locator("input[data-testid=zone-setpoint]").FillAsync("26");
            await viewer.Locator("[data-testid=zone-review]").ClickAsync();
            await viewer.Locator("[data-testid=zone-write]").ClickAsync();
            await viewer.Locator("[data-testid=zone-editor-error]", new() { HasText = "Not written" }).WaitForAsync();
        }

        var forged = await viewer.EvaluateAsync<int>(
            "async () => (await fetch('api/v1/heating/zones/1/1/setpoint', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{\"setpoint\": 26}' })).status");
        Assert.Equal(401, forged);

        // Operator: edit, confirm old -> new, write, read back; the simulated station takes it up and the room warms.
        var operatorPage = await browser.NewPageAsync();
        await operatorPage.SignInAsync(app, "otto", Accounts.Password, "zones");
        var row = operatorPage.Locator("[data-testid=zone-1-1]");
        await row.WaitForAsync(new() { Timeout = 30_000 });
        await operatorPage.Locator("[data-testid=edit-1-1]").ClickAsync();
        await operatorPage.Locator("input[data-testid=zone-setpoint]").FillAsync("25.5");
        await operatorPage.Locator("[data-testid=zone-review]").ClickAsync();
        var changes = await operatorPage.Locator("[data-testid=zone-changes]").InnerTextAsync();
        Assert.Contains("setpoint", changes);
        Assert.Contains("25.5", changes);
        await operatorPage.Locator("[data-testid=zone-write]").ClickAsync();
        await operatorPage.Locator("[data-testid=zone-results] li[data-outcome=Written]").WaitForAsync();
        await operatorPage.Locator("[data-testid=zone-close]").ClickAsync();

        await operatorPage.WaitForFunctionAsync(
            "() => parseFloat(document.querySelector('[data-testid=zone-1-1] [data-field=temperature]')?.textContent ?? '0') > 24.5",
            null, new() { Timeout = 60_000, PollingInterval = 250 });
        Assert.Contains("25.5", await row.Locator("[data-field=setpoint]").InnerTextAsync());
        await operatorPage.ScreenshotToAsync("zones-after-setpoint");

        // Admin: the audit names the operator, the old and the new value, and the viewer's refused attempt.
        await admin.GotoAsync(app.BaseUrl + "admin/audit");
        await admin.WaitForInteractiveAsync();
        await admin.Locator("[data-testid=audit-category]").ChooseAsync("heating");
        await admin.Locator("[data-testid=audit-search]").ClickAsync();
        var written = admin.Locator("[data-testid=audit-row]", new() { HasText = "otto" });
        await written.First.WaitForAsync();
        Assert.Contains("25.5", await written.First.Locator("[data-testid=audit-new]").InnerTextAsync());
        Assert.False(string.IsNullOrWhiteSpace(await written.First.Locator("[data-testid=audit-old]").InnerTextAsync()));
        await admin.ScreenshotToAsync("audit-heating");
    }
}
