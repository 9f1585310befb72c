using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace HmiApp.Tests.TestSupport;

/// <summary>One app node as operators run it: the built app on Kestrel, its own process, on a loopback port.</summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly StringBuilder log = new();
    private Process? process;

    private NodeProcess(int port) => Port = port;

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}/";

    public int ProcessId => process?.Id ?? throw new InvalidOperationException("not running");

    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>Starts a node with <paramref name="settings"/> (environment variables, <c>Section__Key</c>) and waits until it is ready.</summary>
    public static async Task<NodeProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var node = new NodeProcess(FreePort.Next());
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.AppDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(RepositoryPaths.AppDirectory, "HmiApp.dll"));
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = node.BaseUrl;
        info.Environment["Simulator__Enabled"] = "false";
        info.Environment["Simulator__TestDevicePort"] = "0";
        info.Environment["Simulator__BaseStation__Enabled"] = "false";
        info.Environment["Heating__Port"] = FreePort.Next().ToString(CultureInfo.InvariantCulture);
        info.Environment["Access__ApiRequestsPerMinute"] = "100000";
        info.Environment["Access__ApiRequestsPerKeyPerMinute"] = "100000";
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        node.process = Process.Start(info) ?? throw new InvalidOperationException("the app did not start");
        node.process.OutputDataReceived += (_, e) => node.Append(e.Data);
        node.process.ErrorDataReceived += (_, e) => node.Append(e.Data);
        node.process.BeginOutputReadLine();
        node.process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.HoldsAsync(async () =>
        {
            Assert.False(node.process.HasExited, $"the node exited during start-up:\n{node.Log}");
            try
            {
                return (await http.GetAsync(node.BaseUrl + "readyz")).IsSuccessStatusCode;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(90), $"node on {node.Port} ready");
        return node;
    }

    /// <summary>SIGKILL: what a crash or a power cut does; nothing of the node runs after it.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.AppendLine(line);
            }
        }
    }
}
