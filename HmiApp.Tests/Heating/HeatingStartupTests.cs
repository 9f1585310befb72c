using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Heating;

/// <summary>Runs the built app as a process: a bad Heating setting stops start-up naming the key and the fix.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class HeatingStartupTests
{
    [Fact]
    public async Task Bad_heating_settings_stop_startup_with_exit_code_2_naming_each_key_and_fix()
    {
        var directory = Directory.CreateTempSubdirectory("hmi-heating-start-").FullName;
        try
        {
            var (exitCode, output) = await ExternalProcess.RunAsync(
                "dotnet",
                [Path.Combine(RepositoryPaths.AppDirectory, "HmiApp.dll")],
                TimeSpan.FromSeconds(60),
                new Dictionary<string, string>
                {
                    ["ASPNETCORE_ENVIRONMENT"] = "Development",
                    ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort.Next()}",
                    ["Database__ConnectionString"] = $"Data Source={Path.Combine(directory, "hmi.db")}",
                    ["Heating__Mode"] = "Client",
                    ["Heating__Host"] = "",
                    ["Heating__StaleAfter"] = "00:00:00",
                },
                RepositoryPaths.AppDirectory);

            Assert.Equal(2, exitCode);
            Assert.Contains("Heating:Host is empty but Heating:Mode is Client", output);
            Assert.Contains("Heating:StaleAfter is '00:00:00'. Set a positive duration", output);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
