using HmiApp.Access;
using HmiApp.Domain.Access;
using HmiApp.Tests.TestSupport;
using Microsoft.AspNetCore.Components;

namespace HmiApp.Tests.Access;

/// <summary>The reusable "this needs Operator; on a kiosk, ask for the PIN" wrapper, rendered for real principals of the running app.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class WriteGateTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new();

    [Fact]
    public async Task An_operator_gets_the_control_enabled_a_viewer_disabled_and_a_kiosk_a_pin_prompt_until_unlocked()
    {
        await app.CreateUserAsync("olga", HmiRoles.Operator);
        await app.CreateUserAsync("vera", HmiRoles.Viewer);
        await app.CreateUserAsync("lobby", HmiRoles.Kiosk);
        using (var admin = await app.CircuitOfAsync(HmiAppFactory.AdminUserName))
        {
            await admin.Users.SetPinAsync("olga", "4711", CancellationToken.None);
        }

        using var olga = await app.CircuitOfAsync("olga");
        using var vera = await app.CircuitOfAsync("vera");
        using var kiosk = await app.CircuitOfAsync("lobby");

        var operatorHtml = await RenderAsync(olga.Writers);
        var viewerHtml = await RenderAsync(vera.Writers);
        var lockedKiosk = await RenderAsync(kiosk.Writers);
        var offered = await kiosk.Writers.OperatorsWithPinAsync(CancellationToken.None);
        var offeredToOperator = await olga.Writers.OperatorsWithPinAsync(CancellationToken.None);
        Assert.Null(await kiosk.Writers.UnlockAsync("olga", "4711", CancellationToken.None));
        var unlockedKiosk = await RenderAsync(kiosk.Writers);

        Assert.Contains("data-allowed=\"true\"><button data-write=\"enabled\">", operatorHtml);
        Assert.DoesNotContain("kiosk-unlock", operatorHtml);
        Assert.Contains("data-allowed=\"false\"><button data-write=\"disabled\" disabled>", viewerHtml);
        Assert.DoesNotContain("kiosk-unlock", viewerHtml);
        Assert.Contains("data-write=\"disabled\"", lockedKiosk);
        Assert.Contains("data-testid=\"kiosk-unlock\"", lockedKiosk);
        Assert.Contains("data-write=\"enabled\"", unlockedKiosk);
        Assert.Contains("Unlocked by olga until", unlockedKiosk);

        // Only operators with a PIN are offered (the admin has none, vera may not operate), and only to a kiosk.
        Assert.Equal(["olga"], offered);
        Assert.Empty(offeredToOperator);
    }

    private static async Task<string> RenderAsync(WriteAuthorization writers)
    {
        await using var renderer = new ComponentRenderer(services => services.AddSingleton(writers));
        RenderFragment<bool> control = allowed => builder =>
            builder.AddMarkupContent(0, allowed ? "<button data-write=\"enabled\">Write</button>" : "<button data-write=\"disabled\" disabled>Write</button>");
        return await renderer.RenderAsync<WriteGate>(new Dictionary<string, object?> { ["Policy"] = HmiPolicies.Operate, ["ChildContent"] = control });
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
