using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Access;

/// <summary>Runs the built app as a process: a weak initial administrator password must stop start-up, naming the key.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class InitialAdminStartupTests
{
    [Fact]
    public async Task A_weak_initial_admin_password_stops_startup_naming_the_key_and_the_rule()
    {
        var (exitCode, output) = await BuiltApp.RunAsync(new()
        {
            ["Access__InitialAdmin__UserName"] = "chief",
            ["Access__InitialAdmin__Password"] = "admin",
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Access:InitialAdmin:Password does not meet the password rules", output);
        Assert.DoesNotContain("Now listening", output);
    }
}
