using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Playwright;

namespace HmiApp.UiLoad;

/// <summary>The built HMI as its own process (Development: simulated plant) on free loopback ports, with its own SQLite file.</summary>
public sealed class AppUnderLoad : IAsyncDisposable
{
    private readonly string data;
    private readonly Process process;
    private readonly HttpClient http;
    private readonly Queue<string> output = new();

    private AppUnderLoad(Process process, string baseUrl, string data)
    {
        this.data = data;
        this.process = process;
        BaseUrl = baseUrl;
        http = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    public const string AdminUserName = "admin";

    public const string AdminPassword = "Plant-Admin-UiLoad-1";

    public string BaseUrl { get; }

    /// <summary>Signs the administrator in once; contexts made with the returned storage state share the cookie.</summary>
    public async Task<string> SignInAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(BaseUrl + "signin");
        await page.Locator("input[name=UserName]").FillAsync(AdminUserName);
        await page.Locator("input[name=Password]").FillAsync(AdminPassword);
        await page.Locator("[data-testid=signin-submit]").ClickAsync();
        await page.WaitForSelectorAsync(".hmi-shell[data-interactive='true']");
        var state = await context.StorageStateAsync();
        await context.CloseAsync();
        return state;
    }

    public static async Task<AppUnderLoad> StartAsync(string appDll, double broadcastHz, CancellationToken cancellationToken)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("hmi-uiload-").FullName;
        var baseUrl = $"http://127.0.0.1:{FreePort()}/";
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(appDll)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(appDll);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = baseUrl;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, "hmi.db")}";
        info.Environment["Acquisition__BroadcastRateHz"] = broadcastHz.ToString(CultureInfo.InvariantCulture);
        info.Environment["Access__InitialAdmin__UserName"] = AdminUserName;
        info.Environment["Access__InitialAdmin__Password"] = AdminPassword;
        info.Environment["Access__ApiRequestsPerMinute"] = "100000";
        info.Environment["Access__ApiRequestsPerKeyPerMinute"] = "100000";
        info.Environment["Heating__Port"] = FreePort().ToString(CultureInfo.InvariantCulture);
        info.Environment["Simulator__BaseStation__GatewayPort"] = info.Environment["Heating__Port"];
        // The simulated wells as the E2E tests run them, on free ports: a list setting replaces the defaults entirely.
        info.Environment["Simulator__Wells__0__Id"] = "W-101";
        info.Environment["Simulator__Wells__0__Name"] = "Well 101";
        info.Environment["Simulator__Wells__1__Id"] = "W-201";
        info.Environment["Simulator__Wells__1__Name"] = "Well 201";
        info.Environment["Simulator__Wells__1__Field"] = "South Field";
        foreach (var key in new[] { "Simulator__Wells__0__Port", "Simulator__Wells__1__Port", "Simulator__TestDevicePort" })
        {
            info.Environment[key] = FreePort().ToString(CultureInfo.InvariantCulture);
        }

        var app = new AppUnderLoad(Process.Start(info)!, baseUrl, dataDirectory);
        app.process.OutputDataReceived += (_, e) => app.Remember(e.Data);
        app.process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("app: " + e.Data); } };
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        // Generous: the shared 2-core machine may be busy with other builds.
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < deadline && !app.process.HasExited)
        {
            try
            {
                if ((await app.http.GetAsync("readyz", cancellationToken)).IsSuccessStatusCode)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException("The app did not become ready within 180 s (or stopped). Its last output:\n" + string.Join("\n", app.output));
    }

    /// <summary>Endpoints (host, port) of the simulated wells, by id.</summary>
    public async Task<IReadOnlyList<(string Id, string Host, int Port)>> WellsAsync()
    {
        var devices = await http.GetFromJsonAsync<JsonElement>("api/v1/simulator");
        return devices.EnumerateArray()
            .Where(d => d.GetProperty("kind").GetString()!.Contains("well", StringComparison.OrdinalIgnoreCase))
            .Select(d =>
            {
                var endpoint = d.GetProperty("endpoint").GetString()!;
                var colon = endpoint.LastIndexOf(':');
                return (d.GetProperty("id").GetString()!, endpoint[..colon], int.Parse(endpoint[(colon + 1)..], CultureInfo.InvariantCulture));
            })
            .ToList();
    }

    /// <summary>Resident memory of the server process (kB, from /proc).</summary>
    public long ResidentKb()
    {
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    public async Task<string> MetricsAsync() => await http.GetStringAsync("metrics");

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Enqueue(line);
            if (output.Count > 30)
            {
                output.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        http.Dispose();
        Directory.Delete(data, recursive: true);
    }
}
