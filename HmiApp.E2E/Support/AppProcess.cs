using System.Diagnostics;
using System.Text;

namespace HmiApp.E2E.Support;

/// <summary>
/// The HMI as operators get it: the built app on real Kestrel, as a separate process on a loopback
/// port, with its own SQLite file. It can be killed and started again on the same port and data.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("hmi-e2e-").FullName;
    private readonly StringBuilder log = new();
    private Process? process;

    // The simulated plant's devices get free ports too, kept across restarts like a real plant's addresses.
    private readonly Dictionary<string, string> simulatorPorts = new()
    {
        ["Simulator__Wells__0__Id"] = "W-101",
        ["Simulator__Wells__0__Name"] = "Well 101",
        ["Simulator__Wells__0__Port"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Simulator__Wells__1__Id"] = "W-201",
        ["Simulator__Wells__1__Name"] = "Well 201",
        ["Simulator__Wells__1__Field"] = "South Field",
        ["Simulator__Wells__1__Port"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Simulator__TestDevicePort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private readonly int heatingGatewayPort = FreePort();

    /// <summary>The wells the simulated plant runs in browser tests (the ids set above).</summary>
    public static IReadOnlyList<string> SimulatedWells { get; } = ["W-101", "W-201"];

    private readonly IReadOnlyDictionary<string, string> settings;

    /// <param name="settings">Settings of this app only, as environment variables (<c>Section__Key</c>).</param>
    public AppProcess(IReadOnlyDictionary<string, string>? settings = null)
    {
        this.settings = settings ?? new Dictionary<string, string>();
        Port = FreePort();
        BaseUrl = $"http://127.0.0.1:{Port}/";
    }

    /// <summary>The administrator the app creates at its first start (Access__InitialAdmin__*).</summary>
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Plant-Admin-E2E-1";

    public int Port { get; }

    public string BaseUrl { get; }

    public string Log
    {
        get { lock (log) { return log.ToString(); } }
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var appDirectory = AppDirectory();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(appDirectory, "HmiApp.dll"));
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = BaseUrl;
        info.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, "hmi.db")}";
        info.Environment["Heating__Port"] = heatingGatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["Simulator__BaseStation__GatewayPort"] = info.Environment["Heating__Port"];

        // Rooms follow a new setpoint within seconds, so a browser test sees the base station take it up.
        info.Environment["Simulator__BaseStation__RoomTimeConstant"] = "00:00:03";
        info.Environment["Simulator__BaseStation__PollInterval"] = "00:00:00.500";
        foreach (var (key, value) in simulatorPorts.Concat(settings))
        {
            info.Environment[key] = value;
        }

        info.Environment["Access__InitialAdmin__UserName"] = AdminUserName;
        info.Environment["Access__InitialAdmin__Password"] = AdminPassword;
        process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the app.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilHealthyAsync(cancellationToken);
    }

    /// <summary>Ends the server the hard way, as a crash or a power cut would.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process is null || process.HasExited)
            {
                throw new InvalidOperationException($"The app exited during start-up. Its log:\n{Log}");
            }

            try
            {
                if ((await http.GetAsync(BaseUrl + "readyz", cancellationToken)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening but slow to answer; ask again.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"The app was not ready within 60 s. Its log:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    // Port 0 lets the kernel hand the same ephemeral port out twice in a row once the probe closes (CI saw the test
    // device and a well given one port); the shared picker never repeats a port and stays below the ephemeral range.
    private static int FreePort() => HmiApp.Tests.TestSupport.FreePort.Next();

    /// <summary>Where the built app is: the browser tests start it from here, and read its pages from its assembly.</summary>
    public static string AppDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hmi.sln")))
            {
                var configuration = AppContext.BaseDirectory.Contains("/Release/") ? "Release" : "Debug";
                return Path.Combine(dir.FullName, "HmiApp", "bin", configuration, "net10.0");
            }
        }

        throw new InvalidOperationException("Hmi.sln not found above " + AppContext.BaseDirectory);
    }
}
