using HmiApp.Domain.Access;
using HmiApp.Domain.Audit;
using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;
using HmiApp.Tests.Access;
using HmiApp.Zones;
using MudBlazor;

namespace HmiApp.Tests.Heating;

/// <summary>
/// The desktop zone editor as the Zones page opens it (a MudDialog through the dialog service): the domain's limits
/// judged next to the field, old -> new confirmed, written, read back and audited. The register bank plays the gateway.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class ZoneEditorDialogTests : IAsyncLifetime
{
    private readonly HeatingDialogFixture heating = new();

    [Fact]
    public async Task An_operator_changes_the_setpoint_confirms_old_to_new_and_it_is_written_read_back_and_audited()
    {
        await heating.App.CreateUserAsync("otto", HmiRoles.Operator);
        using var otto = await heating.App.CircuitOfAsync("otto");
        await using var renderer = heating.Renderer(otto);
        var (dialog, _) = await renderer.ShowDialogAsync<ZoneEditor>(new Dictionary<string, object?> { [nameof(ZoneEditor.Zone)] = HeatingDialogFixture.ZoneAt(20) });

        Assert.Equal("20.0", dialog.Find("#zone-setpoint").GetAttribute("value"));
        dialog.Find("#zone-setpoint").Change("22.5");
        dialog.Find("[data-testid=zone-review]").Click();

        Assert.Equal("setpoint: 20.0 °C → 22.5 °C", dialog.Find("[data-testid=zone-changes] li").TextContent.Trim());
        Assert.Equal(20, heating.Setpoint());
        dialog.Find("[data-testid=zone-write]").Click();

        dialog.WaitForAssertion(() => Assert.NotEmpty(dialog.FindAll("[data-testid=zone-results] li[data-outcome=Written]")), TimeSpan.FromSeconds(10));
        Assert.Equal(22.5, heating.Setpoint());
        var audited = await heating.Audit.SearchAsync(new AuditQuery { Actor = "otto", Category = AuditCategories.Heating }, CancellationToken.None);
        var entry = Assert.Single(audited);
        Assert.Equal((AuditOutcome.Success, "20.0 °C", "22.5 °C"), (entry.Outcome, entry.OldValue, entry.NewValue));

        dialog.Find("[data-testid=zone-close]").Click();
        dialog.WaitForAssertion(() => Assert.Empty(dialog.FindAll("[data-testid=zone-editor]")));
    }

    [Fact]
    public async Task A_setpoint_outside_the_limits_is_named_next_to_the_field_and_never_offered_for_writing()
    {
        await heating.App.CreateUserAsync("otto", HmiRoles.Operator);
        using var otto = await heating.App.CircuitOfAsync("otto");
        await using var renderer = heating.Renderer(otto);
        var (dialog, _) = await renderer.ShowDialogAsync<ZoneEditor>(new Dictionary<string, object?> { [nameof(ZoneEditor.Zone)] = HeatingDialogFixture.ZoneAt(20) });

        dialog.Find("#zone-setpoint").Change("35");
        dialog.Find("[data-testid=zone-review]").Click();

        // Not clamped to the maximum: the typed value stays, and the domain's reason is the field's error text.
        Assert.Equal("35", dialog.Find("#zone-setpoint").GetAttribute("value"));
        Assert.Contains("setpoint 35 °C is out of range", string.Concat(dialog.FindAll(".mud-input-helper-text").Select(e => e.TextContent)), StringComparison.Ordinal);
        Assert.Empty(dialog.FindAll("[data-testid=zone-write]"));
        Assert.Equal(20, heating.Setpoint());
    }

    [Fact]
    public async Task A_setpoint_typed_with_a_decimal_comma_is_named_as_unreadable_not_read_as_225()
    {
        await heating.App.CreateUserAsync("otto", HmiRoles.Operator);
        using var otto = await heating.App.CircuitOfAsync("otto");
        await using var renderer = heating.Renderer(otto);
        var (dialog, _) = await renderer.ShowDialogAsync<ZoneEditor>(new Dictionary<string, object?> { [nameof(ZoneEditor.Zone)] = HeatingDialogFixture.ZoneAt(20) });

        dialog.Find("#zone-setpoint").Change("22,5");
        dialog.Find("[data-testid=zone-review]").Click();

        Assert.Equal("22,5", dialog.Find("#zone-setpoint").GetAttribute("value"));
        Assert.Contains("'22,5' is not a number (use . for decimals)", string.Concat(dialog.FindAll(".mud-input-helper-text").Select(e => e.TextContent)), StringComparison.Ordinal);
        Assert.Empty(dialog.FindAll("[data-testid=zone-write]"));
        Assert.Equal(20, heating.Setpoint());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await heating.DisposeAsync();
}
