using System.Collections.Concurrent;
using HmiApp.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HmiApp.Infrastructure.Cluster;

/// <summary>
/// The cluster's message bus: PostgreSQL <c>LISTEN/NOTIFY</c> through Npgsql, so that the nodes of one plant need no
/// engine beyond the database they already share. One session per node listens on every channel a handler was
/// added for and reconnects after an outage; a notification reaches each listening node once, in the order sent.
/// Notifications are not stored: what a node misses while it is cut off is gone, which suits live values (the next
/// scan brings them) and is why alarm commands are also journaled.
/// </summary>
public sealed partial class PostgresNotifications(IOptions<DatabaseOptions> database, ILogger<PostgresNotifications> logger) : BackgroundService
{
    /// <summary>PostgreSQL refuses a payload of 8,000 bytes or more.</summary>
    public const int MaxPayloadBytes = 7_900;

    private readonly ConcurrentDictionary<string, Action<string>> handlers = new(StringComparer.Ordinal);
    private readonly Lazy<NpgsqlDataSource> publisher = new(() => NpgsqlDataSource.Create(database.Value.ConnectionString!));
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the first LISTEN session is up (tests wait on it).</summary>
    public Task Listening => listening.Task;

    /// <summary>Calls <paramref name="handler"/> for every notification on <paramref name="channel"/>, on the listening thread.</summary>
    public void Subscribe(string channel, Action<string> handler) => handlers[channel] = handler;

    /// <summary>Sends the payloads on one channel in one round trip, in order.</summary>
    public async Task PublishAsync(string channel, IReadOnlyList<string> payloads, CancellationToken cancellationToken)
    {
        if (payloads.Count == 0)
        {
            return;
        }

        await using var command = publisher.Value.CreateCommand("SELECT pg_notify(@channel, payload) FROM unnest(@payloads) WITH ORDINALITY AS p(payload, n) ORDER BY n");
        command.Parameters.AddWithValue("channel", channel);
        command.Parameters.AddWithValue("payloads", payloads.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException or IOException && !stoppingToken.IsCancellationRequested)
            {
                LogListenFailed(ex.Message, backoff.TotalMilliseconds);
                await Task.Delay(backoff, stoppingToken);
                backoff = TimeSpan.FromMilliseconds(Math.Min(backoff.TotalMilliseconds * 2, 5_000));
                continue;
            }

            backoff = TimeSpan.FromMilliseconds(250);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (publisher.IsValueCreated)
        {
            await publisher.Value.DisposeAsync();
        }
    }

    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(database.Value.ConnectionString) { Pooling = false, KeepAlive = 5 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        connection.Notification += (_, e) =>
        {
            if (handlers.TryGetValue(e.Channel, out var handler))
            {
                try
                {
                    handler(e.Payload);
                }
                catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or ArgumentException)
                {
                    LogBadPayload(e.Channel, ex.Message);
                }
            }
        };
        foreach (var channel in handlers.Keys)
        {
            await using var listen = new NpgsqlCommand($"LISTEN \"{channel}\"", connection);
            await listen.ExecuteNonQueryAsync(cancellationToken);
        }

        LogListening(string.Join(", ", handlers.Keys));
        listening.TrySetResult();
        while (true)
        {
            await connection.WaitAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Cluster: listening on {Channels}")]
    private partial void LogListening(string channels);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster: the listening session failed ({Reason}); retrying in {DelayMs} ms. Live values and alarm commands of other nodes do not reach this node meanwhile")]
    private partial void LogListenFailed(string reason, double delayMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster: a notification on {Channel} could not be read and was ignored ({Reason})")]
    private partial void LogBadPayload(string channel, string reason);
}
