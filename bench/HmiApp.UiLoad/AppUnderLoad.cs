using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace HmiApp.UiLoad;

/// <summary>The built HMI as its own process (Development: simulated plant) on free loopback ports, with its own SQLite file.</summary>
public sealed class AppUnderLoad : IAsyncDisposable
{
    private readonly string data;
    private readonly Process process;
    private readonly HttpClient http;

    private AppUnderLoad(Process process, string baseUrl, string data)
    {
        this.data = data;
        this.process = process;
        BaseUrl = baseUrl;
        http = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    public string BaseUrl { get; }

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
        foreach (var key in new[] { "Simulator__Wells__0__Port", "Simulator__Wells__1__Port", "Simulator__Wells__2__Port", "Simulator__TestDevicePort" })
        {
            info.Environment[key] = FreePort().ToString(CultureInfo.InvariantCulture);
        }

        var app = new AppUnderLoad(Process.Start(info)!, baseUrl, dataDirectory);
        app.process.OutputDataReceived += (_, _) => { };
        app.process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("app: " + e.Data); } };
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
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

        throw new TimeoutException("The app did not become ready within 60 s.");
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
