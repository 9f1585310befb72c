using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace HmiApp.HistorianBench;

/// <summary>
/// A PostgreSQL 15 of its own in a temporary directory on a free loopback port, as the tests' fixture
/// starts one: Debian's binaries, initdb as the postgres user when run as root. Server settings are
/// the defaults (durable commits), so that the figures are those of a real installation.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "hmi-bench-pg-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string binaries = FindBinaries();

    public int Port { get; private set; }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "hmi", Database = database, Pooling = true }.ToString();

    public async Task StartAsync()
    {
        Directory.CreateDirectory(directory);
        if (IsRoot)
        {
            await RunAsync("chown", ["postgres:postgres", directory]);
        }

        await RunServerToolAsync("initdb", ["-D", Path.Combine(directory, "data"), "-A", "trust", "-U", "hmi", "-E", "UTF8"]);
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        await RunServerToolAsync("pg_ctl",
        [
            "-D", Path.Combine(directory, "data"), "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {directory} -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c max_wal_size=4GB", "start",
        ]);
    }

    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunServerToolAsync("pg_ctl", ["-D", Path.Combine(directory, "data"), "-m", "immediate", "-w", "stop"]);
        Directory.Delete(directory, recursive: true);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private Task RunServerToolAsync(string tool, string[] arguments)
    {
        var path = Path.Combine(binaries, tool);
        return IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]) : RunAsync(path, arguments);
    }

    public static async Task RunAsync(string file, string[] arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}{await error}");
        }
    }

    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin; 'apt-get install postgresql'.");
    }
}
