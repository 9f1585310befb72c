using HmiApp.Access;
using HmiApp.Domain.Access;
using HmiApp.Infrastructure.Access;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Access;

/// <summary>
/// The Users and API keys pages as an admin uses them, on the app's real Identity and key store: a refused value is
/// named beside its field (the general result line stays) and nothing is stored; a good value is stored.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class AdminPagesTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new();
    private CircuitSession? admin;
    private ComponentRenderer? renderer;

    [Fact]
    public async Task A_password_Identity_refuses_is_named_beside_the_password_field_and_no_user_is_created_then_a_good_one_is()
    {
        var page = Render<UsersPage>();

        page.Find("input[data-testid=new-user-name]").Change("olga");
        page.Find("input[data-testid=new-user-password]").Change("short");
        page.Find("[data-testid=create-user]").Click();

        page.WaitForAssertion(() => Assert.Contains("Passwords must be at least", page.FieldError("new-user-password"), StringComparison.Ordinal));
        Assert.Null(page.FieldError("new-user-name"));
        Assert.Equal(page.FieldError("new-user-password"), page.Find("[data-testid=users-result]").TextContent);
        Assert.Empty(page.FindAll("tr[data-user='olga']"));
        Assert.DoesNotContain(await admin!.Users.ListAsync(CancellationToken.None), u => u.UserName == "olga");

        page.Find("input[data-testid=new-user-password]").Change("Olga-Pass-1234");
        page.Find("[data-testid=create-user]").Click();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("tr[data-user='olga']")));
        Assert.Null(page.FieldError("new-user-password"));
        Assert.Contains(await admin.Users.ListAsync(CancellationToken.None), u => u.UserName == "olga" && u.Role == HmiRoles.Viewer);
    }

    [Fact]
    public async Task A_pin_of_two_digits_is_named_beside_the_secret_field_of_its_row_then_four_digits_are_set()
    {
        await app.CreateUserAsync("otto", HmiRoles.Operator);
        var page = Render<UsersPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("tr[data-user='otto']")));

        page.Find("tr[data-user='otto'] button:contains('Password or PIN')").Click();
        page.Find("tr[data-user='otto'] input[data-testid=secret-value]").Change("12");
        page.Find("tr[data-user='otto'] button:contains('Set PIN')").Click();

        page.WaitForAssertion(() => Assert.StartsWith("A PIN is 4 to 8 digits", page.Find("tr[data-user='otto'] input[data-testid=secret-value]").FieldError(), StringComparison.Ordinal));
        Assert.False((await admin!.Users.ListAsync(CancellationToken.None)).Single(u => u.UserName == "otto").HasPin);

        page.Find("tr[data-user='otto'] input[data-testid=secret-value]").Change("4711");
        page.Find("tr[data-user='otto'] button:contains('Set PIN')").Click();

        page.WaitForAssertion(() => Assert.Equal("PIN of otto set.", page.Find("[data-testid=users-result]").TextContent));
        Assert.True((await admin.Users.ListAsync(CancellationToken.None)).Single(u => u.UserName == "otto").HasPin);
    }

    [Fact]
    public async Task An_unreadable_or_out_of_range_validity_is_named_beside_the_days_field_unclamped_and_no_key_is_issued_then_a_good_one_is()
    {
        var page = Render<ApiKeysPage>();

        page.Find("input[data-testid=key-name]").Change("historian");
        page.Find("input[data-testid=key-days]").Change("1,5");
        page.Find("[data-testid=create-key]").Click();
        page.WaitForAssertion(() => Assert.Equal("Validity '1,5' is not a whole number of days.", page.FieldError("key-days")));
        Assert.Empty(await Keys.ListAsync(CancellationToken.None));

        page.Find("input[data-testid=key-days]").Change("5000");
        page.Find("[data-testid=create-key]").Click();

        page.WaitForAssertion(() => Assert.Equal("Validity 5000 days is out of range: 1 to 3650, or empty for no expiry.", page.FieldError("key-days")));
        Assert.Equal("5000", page.Find("input[data-testid=key-days]").GetAttribute("value"));
        Assert.Null(page.FieldError("key-name"));
        Assert.Empty(await Keys.ListAsync(CancellationToken.None));

        page.Find("input[data-testid=key-days]").Change("30");
        page.Find("[data-testid=create-key]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("hmi_", page.Find("[data-testid=new-key-value]").TextContent, StringComparison.Ordinal));
        Assert.Null(page.FieldError("key-days"));
        Assert.Equal("historian", Assert.Single(await Keys.ListAsync(CancellationToken.None)).Name);
    }

    public async Task InitializeAsync()
    {
        admin = await app.CircuitOfAsync(HmiAppFactory.AdminUserName);
        renderer = new ComponentRenderer(services => services.AddSingleton(admin.Users).AddSingleton(admin.ApiKeys).AddSingleton(admin.Writers));
    }

    public async Task DisposeAsync()
    {
        await renderer!.DisposeAsync();
        admin!.Dispose();
        await app.DisposeAsync();
    }

    private ApiKeyStore Keys => app.Services.GetRequiredService<ApiKeyStore>();

    private IRenderedComponent<TPage> Render<TPage>() where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        var page = renderer!.Render<TPage>();
        page.WaitForAssertion(() => Assert.All(page.FindAll("[data-testid=write-gate]"), gate => Assert.Equal("true", gate.GetAttribute("data-allowed"))));
        return page;
    }
}
