using HmiApp.Access;
using HmiApp.Domain.Access;
using HmiApp.Domain.Audit;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Access;

[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class KioskUnlockTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new();

    [Fact]
    public async Task A_kiosk_writes_only_while_an_operator_pin_has_unlocked_it_and_relocks_by_itself()
    {
        await app.CreateUserAsync("lobby", HmiRoles.Kiosk);
        await app.CreateUserAsync("olga", HmiRoles.Operator);
        using (var admin = await app.CircuitOfAsync(HmiAppFactory.AdminUserName))
        {
            Assert.True((await admin.Users.SetPinAsync("olga", "4711", CancellationToken.None)).Succeeded);
        }

        using var kiosk = await app.CircuitOfAsync("lobby", unlockDuration: TimeSpan.FromMilliseconds(700));
        Assert.Null(await kiosk.Writers.AuthorizeAsync(HmiPolicies.Operate));

        Assert.Equal("Wrong operator or PIN.", await kiosk.Writers.UnlockAsync("olga", "1234", CancellationToken.None));
        Assert.Null(await kiosk.Writers.AuthorizeAsync(HmiPolicies.Operate));

        var relocked = new TaskCompletionSource();
        Assert.Null(await kiosk.Writers.UnlockAsync("olga", "4711", CancellationToken.None));
        kiosk.Writers.Changed += () => relocked.TrySetResult();
        var actor = await kiosk.Writers.AuthorizeAsync(HmiPolicies.Operate);
        Assert.Equal("olga at lobby", actor?.Name);
        // An operator's PIN unlocks operating, not engineering.
        Assert.Null(await kiosk.Writers.AuthorizeAsync(HmiPolicies.Engineer));

        await relocked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Null(await kiosk.Writers.AuthorizeAsync(HmiPolicies.Operate));

        var entries = await app.Services.GetRequiredService<IAuditTrail>().SearchAsync(new AuditQuery { Category = AuditCategories.Kiosk }, CancellationToken.None);
        Assert.Equal([AuditOutcome.Success, AuditOutcome.Failure], entries.Select(e => e.Outcome));
        Assert.Equal("wrong PIN", entries[1].Reason);
    }

    [Fact]
    public async Task A_viewer_pin_does_not_unlock_and_a_person_is_never_unlocked_by_pin()
    {
        await app.CreateUserAsync("lobby", HmiRoles.Kiosk);
        await app.CreateUserAsync("vera", HmiRoles.Viewer);
        using (var admin = await app.CircuitOfAsync(HmiAppFactory.AdminUserName))
        {
            Assert.True((await admin.Users.SetPinAsync("vera", "2468", CancellationToken.None)).Succeeded);
        }

        using var kiosk = await app.CircuitOfAsync("lobby");
        Assert.Equal("This user may not operate the plant.", await kiosk.Writers.UnlockAsync("vera", "2468", CancellationToken.None));
        Assert.Null(await kiosk.Writers.AuthorizeAsync(HmiPolicies.Operate));

        using var person = await app.CircuitOfAsync("vera");
        Assert.StartsWith("Only a kiosk", await person.Writers.UnlockAsync("vera", "2468", CancellationToken.None));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
