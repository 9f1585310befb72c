using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HmiApp.UiLoad;

/// <summary>
/// The built HMI as its own process (Development: simulated plant) on free loopback ports, with its own SQLite file,
/// an initial administrator, and the heap probe (bench/HmiApp.HeapProbe) loaded as a startup hook.
/// </summary>
public sealed class AppUnderLoad : IAsyncDisposable
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Plant-Admin-UiLoad-1";

    private static readonly string[] WellIds = ["W-101", "W-201", "W-301"];

    private readonly string data;
    private readonly Process process;
    private readonly HttpClient http;
    private readonly string probeSocket;

    private AppUnderLoad(Process process, string baseUrl, string data, string probeSocket, IReadOnlyList<(string Id, string Host, int Port)> wells)
    {
        this.data = data;
        this.process = process;
        this.probeSocket = probeSocket;
        BaseUrl = baseUrl;
        Wells = wells;
        http = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    public string BaseUrl { get; }

    /// <summary>Endpoints (host, port) of the simulated wells, by id.</summary>
    public IReadOnlyList<(string Id, string Host, int Port)> Wells { get; }

    /// <param name="environment">Extra variables for the app, e.g. <c>DOTNET_gcServer=0</c>.</param>
    public static async Task<AppUnderLoad> StartAsync(string appDll, double broadcastHz, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("hmi-uiload-").FullName;
        var baseUrl = $"http://127.0.0.1:{FreePort()}/";
        var probeSocket = Path.Combine(dataDirectory, "heap-probe.sock");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(appDll)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(appDll);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = baseUrl;
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(dataDirectory, "hmi.db")}";
        info.Environment["Acquisition__BroadcastRateHz"] = broadcastHz.ToString(CultureInfo.InvariantCulture);
        info.Environment["Access__InitialAdmin__UserName"] = AdminUserName;
        info.Environment["Access__InitialAdmin__Password"] = AdminPassword;
        info.Environment["DOTNET_STARTUP_HOOKS"] = Path.Combine(AppContext.BaseDirectory, "HmiApp.HeapProbe.dll");
        info.Environment["HMI_HEAP_PROBE_SOCKET"] = probeSocket;
        var gateway = FreePort().ToString(CultureInfo.InvariantCulture);
        info.Environment["Heating__Port"] = gateway;
        info.Environment["Simulator__BaseStation__GatewayPort"] = gateway;
        info.Environment["Simulator__TestDevicePort"] = FreePort().ToString(CultureInfo.InvariantCulture);
        var wells = new List<(string, string, int)>();
        for (var i = 0; i < WellIds.Length; i++)
        {
            var port = FreePort();
            info.Environment[$"Simulator__Wells__{i}__Id"] = WellIds[i];
            info.Environment[$"Simulator__Wells__{i}__Name"] = "Well " + WellIds[i][2..];
            info.Environment[$"Simulator__Wells__{i}__Seed"] = (i + 1).ToString(CultureInfo.InvariantCulture);
            info.Environment[$"Simulator__Wells__{i}__Port"] = port.ToString(CultureInfo.InvariantCulture);
            wells.Add((WellIds[i], "127.0.0.1", port));
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var app = new AppUnderLoad(Process.Start(info)!, baseUrl, dataDirectory, probeSocket, wells);
        app.process.OutputDataReceived += (_, _) => { };
        app.process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("app: " + e.Data); } };
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(90);
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

        throw new TimeoutException("The app did not become ready within 90 s.");
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

    /// <summary>CPU time the server has used so far (user + system).</summary>
    public TimeSpan CpuTime()
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    /// <summary>Forces two full, compacting collections in the app and reads its heap (see HmiApp.HeapProbe).</summary>
    public async Task<HeapReading> HeapAsync(CancellationToken cancellationToken)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await socket.ConnectAsync(new UnixDomainSocketEndPoint(probeSocket), cancellationToken);
        var buffer = new byte[256];
        var text = new StringBuilder();
        int read;
        while ((read = await socket.ReceiveAsync(buffer, cancellationToken)) > 0)
        {
            text.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        var values = text.ToString().Trim().Split(' ').Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return new HeapReading(values[0], values[1], values[2], values[3], ResidentKb() * 1024);
    }

    /// <summary>The heap by type (call right after <see cref="HeapAsync"/>, so that only live objects are left).</summary>
    public HeapTypes HeapTypes(string? keepDumpsIn) => UiLoad.HeapTypes.Take(process.Id, keepDumpsIn);

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

/// <summary>The app's memory after forced full collections, in bytes.</summary>
public sealed record HeapReading(long LiveBytes, long HeapSizeBytes, long CommittedBytes, long WorkingSetBytes, long ResidentBytes);
