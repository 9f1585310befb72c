using System.Diagnostics;
using System.Threading.Channels;

namespace HmiApp.Tests.Modbus.Net.Peers;

/// <summary>A peer program started by a test; its stdout lines are read as they come, it is killed on dispose.</summary>
public sealed class PeerProcess : IDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _errors = [];

    private PeerProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _lines.Writer.TryComplete();
            }
            else
            {
                _lines.Writer.TryWrite(e.Data);
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_errors)
                {
                    _errors.Add(e.Data);
                }
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static PeerProcess Start(string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return new PeerProcess(Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}."));
    }

    public string StandardError
    {
        get
        {
            lock (_errors)
            {
                return string.Join('\n', _errors);
            }
        }
    }

    /// <summary>Next stdout line, or a failure naming what the peer printed on stderr.</summary>
    public async Task<string> ReadLineAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            return await _lines.Reader.ReadAsync(cts.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
        {
            throw new InvalidOperationException($"Peer printed no line within {timeout} (exited: {_process.HasExited}). stderr:\n{StandardError}");
        }
    }

    /// <summary>Sends a "get ..." command and parses the "values ..." answer.</summary>
    public async Task<int[]> GetValuesAsync(string command)
    {
        var answer = await RequestAsync(command, "values");
        return answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
    }

    /// <summary>Sends a command that the peer acknowledges with "ok".</summary>
    public Task SendAsync(string command) => RequestAsync(command, "ok");

    /// <summary>Sends a command and returns the rest of the answer line after <paramref name="expectedPrefix"/>.</summary>
    public async Task<string> RequestAsync(string command, string expectedPrefix)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
        var line = await ReadLineAsync(TimeSpan.FromSeconds(10));
        if (!line.StartsWith(expectedPrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Peer answered '{line}' to '{command}'. stderr: {StandardError}");
        }

        return line[expectedPrefix.Length..].Trim();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
    }
}
