using Npgsql;

namespace HmiApp.Tests.TestSupport;

/// <summary>
/// A throwaway PostgreSQL 15 on a free loopback port, in a temporary directory that is removed after.
/// Uses Debian's server binaries (the README's test command installs them); initdb refuses root, so
/// as root the server runs as the postgres user.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "hmi-pg-" + Guid.NewGuid().ToString("N")[..8]);
    private string binaries = "";

    public int Port { get; private set; }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "hmi", Database = database, Pooling = false }.ToString();

    public async Task InitializeAsync()
    {
        binaries = FindBinaries();
        Directory.CreateDirectory(directory);
        if (IsRoot)
        {
            await RunAsync("chown", ["postgres:postgres", directory]);
        }

        await RunServerToolAsync("initdb", ["-D", Path.Combine(directory, "data"), "-A", "trust", "-U", "hmi", "--no-sync", "-E", "UTF8"]);
        Port = FreePort.Next();
        await StartAsync();
    }

    public Task StartAsync() => RunServerToolAsync("pg_ctl",
    [
        "-D", Path.Combine(directory, "data"), "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60",
        "-o", $"-p {Port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off",
        "start",
    ]);

    public Task StopAsync() => RunServerToolAsync("pg_ctl", ["-D", Path.Combine(directory, "data"), "-m", "fast", "-w", "stop"]);

    /// <summary>Starts the server if a test that stopped it failed before starting it again.</summary>
    public async Task EnsureRunningAsync()
    {
        var pgCtl = Path.Combine(binaries, "pg_ctl");
        string[] status = ["-D", Path.Combine(directory, "data"), "status"];
        var (exitCode, _) = IsRoot
            ? await ExternalProcess.RunAsync("runuser", ["-u", "postgres", "--", pgCtl, .. status], TimeSpan.FromSeconds(30))
            : await ExternalProcess.RunAsync(pgCtl, status, TimeSpan.FromSeconds(30));
        if (exitCode != 0)
        {
            await StartAsync();
        }
    }

    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 9, 60)].ToLowerInvariant();
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        try
        {
            await RunServerToolAsync("pg_ctl", ["-D", Path.Combine(directory, "data"), "-m", "immediate", "-w", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // Already stopped by a test; the directory is removed either way.
        }

        Directory.Delete(directory, recursive: true);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private Task RunServerToolAsync(string tool, string[] arguments)
    {
        var path = Path.Combine(binaries, tool);
        return IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]) : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string file, string[] arguments)
    {
        var (exitCode, output) = await ExternalProcess.RunAsync(file, arguments, TimeSpan.FromSeconds(90));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {exitCode}:\n{output}");
        }
    }

    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var bin = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            "PostgreSQL server binaries were not found under /usr/lib/postgresql/*/bin. Install them with 'apt-get install postgresql' (the README's test command does).");
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
