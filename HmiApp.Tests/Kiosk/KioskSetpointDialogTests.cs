using HmiApp.Domain.Access;
using HmiApp.Domain.Audit;
using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;
using HmiApp.Kiosk;
using HmiApp.Tests.Access;
using HmiApp.Tests.Heating;
using MudBlazor;

namespace HmiApp.Tests.Kiosk;

/// <summary>
/// The write confirmation of a touch panel, driven like an operator does: keypad, old -> new to confirm, write,
/// read back. The register bank plays the gateway; the user, the policy and the audit trail are the app's own.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class KioskSetpointDialogTests : IAsyncLifetime
{
    private readonly HeatingDialogFixture heating = new();

    [Fact]
    public async Task An_operator_types_a_setpoint_confirms_old_to_new_and_sees_it_written_read_back_and_audited()
    {
        await heating.App.CreateUserAsync("olga", HmiRoles.Operator);
        using var olga = await heating.App.CircuitOfAsync("olga");
        await using var renderer = heating.Renderer(olga);
        var (dialog, _) = await renderer.ShowDialogAsync<KioskSetpointDialog>(new Dictionary<string, object?> { [nameof(KioskSetpointDialog.Zone)] = HeatingDialogFixture.ZoneAt(20) });

        Type(dialog, "C", "2", "2", ".", "5");
        Assert.Equal("22.5 °C", dialog.Find("[data-testid=keypad-display]").TextContent.Trim());
        dialog.Find("[data-testid=keypad-ok]").Click();

        Assert.Equal("setpoint: 20.0 °C → 22.5 °C", dialog.Find("[data-testid=zone-changes] li").TextContent.Trim());
        Assert.Equal(20, heating.Setpoint());
        dialog.Find("[data-testid=kiosk-write]").Click();

        dialog.WaitForAssertion(() => Assert.NotNull(dialog.Find("[data-testid=kiosk-close]")), TimeSpan.FromSeconds(10));
        Assert.Equal(22.5, heating.Setpoint());
        Assert.Contains("22.5 °C", dialog.Markup, StringComparison.Ordinal);
        var audited = await heating.Audit.SearchAsync(new AuditQuery { Actor = "olga", Category = AuditCategories.Heating }, CancellationToken.None);
        var entry = Assert.Single(audited);
        Assert.Equal((AuditOutcome.Success, "20.0 °C", "22.5 °C"), (entry.Outcome, entry.OldValue, entry.NewValue));
    }

    [Fact]
    public async Task A_setpoint_outside_the_limits_is_refused_at_the_keypad_and_never_offered_for_writing()
    {
        await heating.App.CreateUserAsync("olga", HmiRoles.Operator);
        using var olga = await heating.App.CircuitOfAsync("olga");
        await using var renderer = heating.Renderer(olga);
        var (dialog, _) = await renderer.ShowDialogAsync<KioskSetpointDialog>(new Dictionary<string, object?> { [nameof(KioskSetpointDialog.Zone)] = HeatingDialogFixture.ZoneAt(20) });

        Type(dialog, "C", "3", "5");
        dialog.Find("[data-testid=keypad-ok]").Click();

        Assert.Contains("35", dialog.Find("[data-testid=keypad-message]").TextContent, StringComparison.Ordinal);
        Assert.Empty(dialog.FindAll("[data-testid=kiosk-write]"));
        Assert.Equal(20, heating.Setpoint());
    }

    [Fact]
    public async Task A_viewer_reaches_the_confirmation_but_cannot_write_and_nothing_changes()
    {
        await heating.App.CreateUserAsync("vera", HmiRoles.Viewer);
        using var vera = await heating.App.CircuitOfAsync("vera");
        await using var renderer = heating.Renderer(vera);
        var (dialog, _) = await renderer.ShowDialogAsync<KioskSetpointDialog>(new Dictionary<string, object?> { [nameof(KioskSetpointDialog.Zone)] = HeatingDialogFixture.ZoneAt(20) });

        Type(dialog, "C", "2", "1");
        dialog.Find("[data-testid=keypad-ok]").Click();

        dialog.WaitForAssertion(() => Assert.True(dialog.Find("[data-testid=kiosk-write]").HasAttribute("disabled")), TimeSpan.FromSeconds(10));
        Assert.Equal(20, heating.Setpoint());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await heating.DisposeAsync();

    private static void Type(IRenderedComponent<MudDialogProvider> dialog, params string[] keys)
    {
        foreach (var key in keys)
        {
            var label = key == "C" ? "Clear" : null;
            dialog.FindAll("button.hmi-keypad__key").Single(b => label is null ? b.TextContent.Trim() == key : b.GetAttribute("aria-label") == label).Click();
        }
    }
}
