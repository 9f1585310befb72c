using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Historian;

/// <summary>The built app as a process: a bad Historian setting stops start-up naming the key and the fix.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class HistorianStartupTests
{
    [Fact]
    public async Task A_bad_historian_setting_stops_startup_with_exit_code_2_and_names_the_key()
    {
        var directory = Directory.CreateTempSubdirectory("hmi-hist-start-").FullName;
        try
        {
            var (exitCode, output) = await ExternalProcess.RunAsync("dotnet", [Path.Combine(RepositoryPaths.AppDirectory, "HmiApp.dll")], TimeSpan.FromSeconds(60),
                new Dictionary<string, string>
                {
                    ["ASPNETCORE_ENVIRONMENT"] = "Development",
                    ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort.Next()}",
                    ["Database__ConnectionString"] = $"Data Source={Path.Combine(directory, "hmi.db")}",
                    ["Historian__SpillDirectory"] = Path.Combine(directory, "spill"),
                    ["Historian__FlushInterval"] = "00:00:00",
                },
                RepositoryPaths.AppDirectory);

            Assert.Equal(2, exitCode);
            Assert.Contains("Historian:FlushInterval", output);
            Assert.Contains("'00:00:01'", output);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
