namespace HmiApp.Tests.TestSupport;

/// <summary>
/// Runs the app as built beside the tests, as a process with its own SQLite file, for tests of what
/// start-up does with bad settings (exit code and the messages it logs).
/// </summary>
public static class BuiltApp
{
    public static async Task<(int ExitCode, string Output)> RunAsync(Dictionary<string, string> environment)
    {
        var data = Directory.CreateTempSubdirectory("hmi-start-").FullName;
        try
        {
            environment.TryAdd("ASPNETCORE_ENVIRONMENT", "Development");
            environment.TryAdd("Database__ConnectionString", $"Data Source={Path.Combine(data, "hmi.db")}");
            environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort.Next()}";
            return await ExternalProcess.RunAsync("dotnet", [Path.Combine(RepositoryPaths.AppDirectory, "HmiApp.dll")], TimeSpan.FromSeconds(60), environment, RepositoryPaths.AppDirectory);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
