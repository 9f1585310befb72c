using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Access;

/// <summary>Runs the built app as a process: a weak initial administrator password must stop start-up, naming the key.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class InitialAdminStartupTests
{
    [Fact]
    public async Task A_weak_initial_admin_password_stops_startup_naming_the_key_and_the_rule()
    {
        var data = Directory.CreateTempSubdirectory("hmi-admin-").FullName;
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
                    ["Database__ConnectionString"] = $"Data Source={Path.Combine(data, "hmi.db")}",
                    ["Access__InitialAdmin__UserName"] = "chief",
                    ["Access__InitialAdmin__Password"] = "admin",
                },
                RepositoryPaths.AppDirectory);

            Assert.NotEqual(0, exitCode);
            Assert.Contains("Access:InitialAdmin:Password does not meet the password rules", output);
            Assert.DoesNotContain("Now listening", output);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
