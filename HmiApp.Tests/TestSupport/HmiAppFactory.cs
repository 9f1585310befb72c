using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HmiApp.Tests.TestSupport;

/// <summary>The whole app in process on a throwaway SQLite file (or the store a test chooses).</summary>
public sealed class HmiAppFactory : WebApplicationFactory<Program>
{
    private readonly string directory = Directory.CreateTempSubdirectory("hmi-app-").FullName;
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Plant-Admin-Pass-1";

    // An administrator exists from the start unless a test removes these (With(key, null)) to test set-up.
    private readonly Dictionary<string, string?> settings = new()
    {
        ["Access:InitialAdmin:UserName"] = AdminUserName,
        ["Access:InitialAdmin:Password"] = AdminPassword,
    };

    /// <summary>The SQLite file the app uses unless a test chooses another store; a test may prepare it before the app starts.</summary>
    public string DatabaseFile => Path.Combine(directory, "hmi.db");

    public HmiAppFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={DatabaseFile}");
        builder.UseSetting("Historian:SpillDirectory", Path.Combine(directory, "historian-spill"));

        // The simulated plant listens on fixed ports in Development; tests that want it give it free ones.
        builder.UseSetting("Simulator:Enabled", "false");
        builder.UseSetting("Simulator:TestDevicePort", "0");
        builder.UseSetting("Simulator:BaseStation:Enabled", "false");

        // Tests poll the REST API far faster than a client in the field may.
        builder.UseSetting("Access:ApiRequestsPerMinute", "100000");
        builder.UseSetting("Access:ApiRequestsPerKeyPerMinute", "100000");
        builder.UseSetting("Heating:Port", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
