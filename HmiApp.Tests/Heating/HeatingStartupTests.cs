using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Heating;

/// <summary>Runs the built app as a process: a bad Heating setting stops start-up naming the key and the fix.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class HeatingStartupTests
{
    [Fact]
    public async Task Bad_heating_settings_stop_startup_with_exit_code_2_naming_each_key_and_fix()
    {
        var (exitCode, output) = await BuiltApp.RunAsync(new()
        {
            ["Heating__Mode"] = "Client",
            ["Heating__Host"] = "",
            ["Heating__StaleAfter"] = "00:00:00",
        });

        Assert.Equal(2, exitCode);
        Assert.Contains("Heating:Host is empty but Heating:Mode is Client", output);
        Assert.Contains("Heating:StaleAfter is '00:00:00'. Set a positive duration", output);
    }
}
