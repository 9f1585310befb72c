using HmiApp.Alarms;
using HmiApp.Domain.Access;
using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Alarms;
using HmiApp.Tests.Access;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Alarms;

/// <summary>
/// The definitions page as an engineer uses it, on the running app's editor: a refused value is named beside its
/// field and nothing is stored; a good definition is stored and listed.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class AlarmDefinitionsPageTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new();

    [Fact]
    public async Task A_refused_limit_is_shown_beside_its_field_and_nothing_is_saved_then_a_good_one_saves()
    {
        await app.CreateUserAsync("erin", HmiRoles.Engineer);
        using var erin = await app.CircuitOfAsync("erin");
        await using var renderer = new ComponentRenderer(services => services
            .AddSingleton(app.Services.GetRequiredService<AlarmDefinitionEditor>())
            .AddSingleton(app.Services.GetRequiredService<AlarmEngine>())
            .AddSingleton(erin.Writers));
        var page = renderer.Render<AlarmDefinitionsPage>();
        page.WaitForAssertion(() => Assert.Equal("true", page.Find("[data-testid=write-gate]").GetAttribute("data-allowed")));

        page.Find("[data-testid=def-new]").Click();
        page.Find("input[data-testid=def-name]").Change("TT-601.H");
        page.Find("input[data-testid=def-point]").Change("601");
        page.Find("input[data-testid=def-message]").Change("Bearing temperature high");
        page.Find("input[data-testid=def-limit]").Change("80");
        page.Find("input[data-testid=def-deadband]").Change("-1");
        page.Find("[data-testid=def-save]").Click();

        page.WaitForAssertion(() => Assert.Equal("-1 must be a finite number ≥ 0.", page.FieldError("def-deadband")));
        Assert.Null(page.FieldError("def-limit"));
        Assert.StartsWith("Not saved", page.Find("[data-testid=def-result]").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(await Editor.CurrentAsync(CancellationToken.None), d => d.Name == "TT-601.H");

        page.Find("input[data-testid=def-deadband]").Change("1");
        page.Find("[data-testid=def-save]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=def-editor]")));
        var saved = Assert.Single(await Editor.CurrentAsync(CancellationToken.None), d => d.Name == "TT-601.H");
        Assert.Equal(("TT-601.H", 80, 1), (saved.Name, saved.Limit, saved.Deadband));
        Assert.NotNull(page.Find("[data-testid=def-table] tr[data-definition='TT-601.H']"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    private AlarmDefinitionEditor Editor => app.Services.GetRequiredService<AlarmDefinitionEditor>();
}
