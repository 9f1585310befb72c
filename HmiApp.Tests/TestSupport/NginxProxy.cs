using System.Diagnostics;
using System.Text.RegularExpressions;

namespace HmiApp.Tests.TestSupport;

/// <summary>
/// Debian's nginx in front of app nodes on loopback, configured by the repository's own
/// <c>deploy/nginx/hmi-cluster.conf</c> with only its listen port and upstream servers replaced.
/// </summary>
public sealed partial class NginxProxy : IAsyncDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("hmi-nginx-").FullName;
    private Process? process;

    public int Port { get; } = FreePort.Next();

    public string BaseUrl => $"http://127.0.0.1:{Port}/";

    public static async Task<NginxProxy> StartAsync(IReadOnlyList<int> nodePorts)
    {
        var proxy = new NginxProxy();
        await proxy.RunAsync(nodePorts);
        return proxy;
    }

    private async Task RunAsync(IReadOnlyList<int> nodePorts)
    {
        var site = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "deploy", "nginx", "hmi-cluster.conf"));
        site = ServerLines().Replace(site, "");
        site = site.Replace("    ip_hash;", "    ip_hash;\n" + string.Join("\n", nodePorts.Select(p => $"    server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;")), StringComparison.Ordinal);
        site = site.Replace("listen 80;", $"listen 127.0.0.1:{Port};", StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{nodePorts[0]}", site);
        var config = $$"""
            worker_processes 1;
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/error.log info;
            events { worker_connections 256; }
            http {
                access_log {{directory}}/access.log;
                client_body_temp_path {{directory}}/body;
                proxy_temp_path {{directory}}/proxy;
                fastcgi_temp_path {{directory}}/fastcgi;
                uwsgi_temp_path {{directory}}/uwsgi;
                scgi_temp_path {{directory}}/scgi;
            {{site}}
            }
            """;
        var path = Path.Combine(directory, "nginx.conf");
        await File.WriteAllTextAsync(path, config);
        if (Environment.UserName == "root")
        {
            // Workers run as nobody; they must reach the temporary paths.
            await ExternalProcess.RunAsync("chmod", ["-R", "a+rwx", directory], TimeSpan.FromSeconds(10));
        }

        var (check, output) = await ExternalProcess.RunAsync("nginx", ["-t", "-p", directory, "-c", path], TimeSpan.FromSeconds(20));
        Assert.True(check == 0, $"nginx -t refused the configuration:\n{output}\n{config}");
        var info = new ProcessStartInfo("nginx") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-p", directory, "-c", path, "-g", "daemon off;" })
        {
            info.ArgumentList.Add(argument);
        }

        process = Process.Start(info) ?? throw new InvalidOperationException("nginx did not start");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                await http.GetAsync(BaseUrl + "healthz");
                return true;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(20), $"nginx listening on {Port}");
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        Directory.Delete(directory, recursive: true);
    }

    [GeneratedRegex(@"^\s*server \d+\.\d+\.\d+\.\d+:\d+[^\n]*\n", RegexOptions.Multiline)]
    private static partial Regex ServerLines();
}
