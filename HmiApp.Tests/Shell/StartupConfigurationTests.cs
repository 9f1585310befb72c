using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Shell;

/// <summary>Runs the built app as a process: a bad setting must stop start-up with a message that says how to fix it.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class StartupConfigurationTests
{
    [Fact]
    public async Task A_bad_database_provider_stops_startup_naming_the_key_and_the_fix()
    {
        var (exitCode, output) = await RunAppAsync(new() { ["Database__Provider"] = "Oracle" });

        Assert.Equal(2, exitCode);
        Assert.Contains("Database:Provider", output);
        Assert.Contains("'PostgreSql'", output);
    }

    [Fact]
    public async Task Production_without_a_connection_string_refuses_to_start()
    {
        var (exitCode, output) = await RunAppAsync(new() { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Database__ConnectionString"] = "" });

        Assert.Equal(2, exitCode);
        Assert.Contains("Database__ConnectionString", output);
    }

    [Fact]
    public async Task Environment_variables_override_the_settings_files()
    {
        // appsettings.json says Sqlite; the variable selects PostgreSQL, which then needs its connection string.
        var (exitCode, output) = await RunAppAsync(new() { ["Database__Provider"] = "PostgreSql", ["Database__ConnectionString"] = "" });

        Assert.Equal(2, exitCode);
        Assert.Contains("Database:ConnectionString is empty", output);
    }

    private static Task<(int ExitCode, string Output)> RunAppAsync(Dictionary<string, string> environment) => BuiltApp.RunAsync(environment);
}
