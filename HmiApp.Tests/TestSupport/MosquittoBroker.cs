using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;

namespace HmiApp.Tests.TestSupport;

/// <summary>
/// Debian's mosquitto on a free loopback port, anonymous, without persistence; <see cref="StopAsync"/> and
/// <see cref="StartAsync"/> restart it on the same port, as a broker restart in the field would. Messages are
/// published with Debian's <c>mosquitto_pub</c>, a client that speaks only MQTT.
/// </summary>
public sealed class MosquittoBroker : IAsyncDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hmi-mosquitto-").FullName;
    private Process? _process;

    public int Port { get; } = FreePort.Next();

    public async Task StartAsync()
    {
        var config = Path.Combine(_directory, "mosquitto.conf");
        await File.WriteAllTextAsync(config, $"listener {Port.ToString(CultureInfo.InvariantCulture)} 127.0.0.1\nallow_anonymous true\npersistence false\n");
        var info = new ProcessStartInfo("mosquitto") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(config);
        _process = Process.Start(info) ?? throw new InvalidOperationException("mosquitto did not start (Debian package mosquitto).");
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        await Eventually.HoldsAsync(async () => _process.HasExited || await AcceptsAsync(), "mosquitto listens on its port");
        Assert.False(_process.HasExited, $"mosquitto exited with {(_process.HasExited ? _process.ExitCode : 0)}");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Publishes <paramref name="payload"/> on <paramref name="topic"/> with mosquitto_pub (QoS 1).</summary>
    public async Task PublishAsync(string topic, string payload, bool retain = false)
    {
        var arguments = new List<string> { "-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-q", "1", "-t", topic, "-m", payload };
        if (retain)
        {
            arguments.Add("-r");
        }

        var (code, output) = await ExternalProcess.RunAsync("mosquitto_pub", arguments, TimeSpan.FromSeconds(20));
        Assert.True(code == 0, $"mosquitto_pub failed ({code}): {output}");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<bool> AcceptsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
