using System.Collections.Frozen;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HmiApp.Infrastructure.Acquisition.Scanning;

/// <summary>
/// Shares the devices among the nodes of a PostgreSQL cluster with session advisory locks, one per device, held on
/// one connection of this node's own. A node that dies loses its session and with it its locks (the server sees
/// the socket close), so the others take its devices at their next round; a node that joins takes its share as
/// the others give up what they hold above theirs. The nodes are counted from the owner sessions in
/// <c>pg_stat_activity</c>. While the database cannot be reached a node goes on polling what it held (acquisition
/// must not stop with the database); back online it locks those again first and drops any it no longer gets.
/// Written here because no library on this registry shares work by advisory locks; Hangfire's distributed locks
/// are per job run, not held for a node's lifetime.
/// </summary>
public sealed partial class PostgresDeviceOwnership(
    AcquisitionEngine engine,
    IOptions<DatabaseOptions> database,
    IOptions<AcquisitionOptions> options,
    ILogger<PostgresDeviceOwnership> logger) : BackgroundService, IDeviceOwnership
{
    // "HMI1": the advisory lock namespace of device ownership, apart from any other advisory lock.
    private const int LockSpace = 0x484D4931;
    private const string SessionPrefix = "hmi-scan-owner";
    private volatile FrozenSet<string> owned = FrozenSet<string>.Empty;
    private NpgsqlConnection? connection;
    private readonly HashSet<string> held = new(StringComparer.OrdinalIgnoreCase);

    public string Node { get; } = string.IsNullOrWhiteSpace(options.Value.NodeName) ? $"{Environment.MachineName}:{Environment.ProcessId}" : options.Value.NodeName;

    public bool Owns(string device) => owned.Contains(device);

    /// <summary>Devices this node polls now.</summary>
    public IReadOnlySet<string> Owned => owned;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OwnershipInterval);
        do
        {
            try
            {
                await RoundAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException && !stoppingToken.IsCancellationRequested)
            {
                LogUnreachable(ex, owned.Count, ex.Message);
                await DropConnectionAsync();
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        owned = FrozenSet<string>.Empty;
        // Closing the session frees every lock at once: the other nodes take the devices at their next round.
        await DropConnectionAsync();
    }

    private async Task RoundAsync(CancellationToken cancellationToken)
    {
        if (connection is null)
        {
            var builder = new NpgsqlConnectionStringBuilder(database.Value.ConnectionString) { ApplicationName = $"{SessionPrefix}:{Node}", Pooling = false };
            connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            // A new session holds nothing: what was held before is locked again first, below.
            var before = held.ToList();
            held.Clear();
            foreach (var device in before)
            {
                await TryLockAsync(device, cancellationToken);
            }
        }

        var devices = engine.Scans.Select(s => s.Runtime.Device.Name).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var configured = devices.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var gone in held.Where(d => !configured.Contains(d)).ToList())
        {
            await UnlockAsync(gone, cancellationToken);
        }

        await using (var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE @prefix", connection))
        {
            count.Parameters.AddWithValue("prefix", SessionPrefix + ":%");
            var nodes = Math.Max(1, Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture));
            var share = (devices.Count + nodes - 1) / nodes;
            foreach (var extra in held.Order(StringComparer.OrdinalIgnoreCase).Skip(share).ToList())
            {
                await UnlockAsync(extra, cancellationToken);
            }

            // Each node starts at its own offset so that nodes joining together do not contend for the same devices.
            var start = devices.Count == 0 ? 0 : (int)((uint)Node.GetHashCode(StringComparison.Ordinal) % (uint)devices.Count);
            foreach (var device in devices.Skip(start).Concat(devices.Take(start)))
            {
                if (held.Count >= share)
                {
                    break;
                }

                if (!held.Contains(device))
                {
                    await TryLockAsync(device, cancellationToken);
                }
            }
        }

        var next = held.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        if (!next.SetEquals(owned))
        {
            LogOwned(next.Count, devices.Count, string.Join(", ", next.Order(StringComparer.OrdinalIgnoreCase).Take(20)));
        }

        owned = next;
    }

    private async Task TryLockAsync(string device, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@space, @key)", connection);
        command.Parameters.AddWithValue("space", LockSpace);
        command.Parameters.AddWithValue("key", DeviceKey(device));
        if (await command.ExecuteScalarAsync(cancellationToken) is true)
        {
            held.Add(device);
        }
    }

    private async Task UnlockAsync(string device, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@space, @key)", connection);
        command.Parameters.AddWithValue("space", LockSpace);
        command.Parameters.AddWithValue("key", DeviceKey(device));
        await command.ExecuteScalarAsync(cancellationToken);
        held.Remove(device);
    }

    private async Task DropConnectionAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
            connection = null;
        }
    }

    // FNV-1a of the upper-case name: stable across processes and versions (string.GetHashCode is not).
    internal static int DeviceKey(string device)
    {
        var hash = 2166136261u;
        foreach (var c in device.ToUpperInvariant())
        {
            hash = (hash ^ c) * 16777619u;
        }

        return unchecked((int)hash);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "This node polls {Owned} of {Devices} devices: {Sample}")]
    private partial void LogOwned(int owned, int devices, string sample);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Device ownership: the database cannot be reached; this node goes on polling the {Owned} devices it held ({Reason})")]
    private partial void LogUnreachable(Exception ex, int owned, string reason);
}
