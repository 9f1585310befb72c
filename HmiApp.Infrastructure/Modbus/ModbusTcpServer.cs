using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Modbus;

/// <summary>
/// Modbus TCP server for any number of unit ids and concurrent clients. A connection that misbehaves is closed
/// on its own; nothing a client sends can stop the server or disturb other connections.
/// </summary>
public sealed partial class ModbusTcpServer : IAsyncDisposable
{
    private readonly ModbusTcpServerOptions _options;
    private readonly ModbusRequestHandler _handler;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<long, Task> _connections = new();
    private readonly CancellationTokenSource _stopping = new();
    private Socket? _listener;
    private Task _acceptLoop = Task.CompletedTask;
    private long _nextConnectionId;
    private int _activeConnections;

    /// <param name="units">The served units by unit id. Read on every request, so a caller that adds units while
    /// serving must pass a thread-safe dictionary (e.g. a ConcurrentDictionary).</param>
    public ModbusTcpServer(ModbusTcpServerOptions options, IReadOnlyDictionary<byte, IModbusUnit> units, ILogger<ModbusTcpServer> logger, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        foreach (var (unitId, unit) in units)
        {
            if (unitId == ModbusLimits.BroadcastUnitId || !ModbusLimits.IsValidUnitId(unitId))
            {
                throw new ArgumentException($"Unit id {unitId} cannot be served: a unit needs an id of 1-247 or 255 (0 is broadcast, 248-254 are reserved).", nameof(units));
            }

            if (unit is null)
            {
                throw new ArgumentException($"Unit id {unitId} has no unit (null).", nameof(units));
            }
        }

        _options = options;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        _handler = new ModbusRequestHandler(units, options.UnknownUnit, logger);
    }

    /// <summary>The bound address and port; valid after <see cref="Start"/>.</summary>
    public IPEndPoint LocalEndPoint => (IPEndPoint)(_listener?.LocalEndPoint ?? throw new InvalidOperationException("The server has not been started."));

    public int ActiveConnections => Volatile.Read(ref _activeConnections);

    /// <summary>Binds and starts accepting; returns once the port is bound so clients can connect at once.</summary>
    public void Start()
    {
        if (_listener is not null)
        {
            throw new InvalidOperationException("The server is already started.");
        }

        var listener = new Socket(_options.BindAddress.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            listener.Bind(new IPEndPoint(_options.BindAddress, _options.Port));
            listener.Listen(128);
        }
        catch
        {
            listener.Dispose();
            throw;
        }

        _listener = listener;
        LogStarted(LocalEndPoint);
        _acceptLoop = Task.Run(() => AcceptLoopAsync(listener, _stopping.Token));
    }

    public async Task StopAsync()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        _listener?.Dispose();
        await _acceptLoop.ConfigureAwait(false);
        await Task.WhenAll(_connections.Values).ConfigureAwait(false);
        if (_listener is not null)
        {
            LogStopped();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync(Socket listener, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await listener.AcceptAsync(stopping).ConfigureAwait(false);
            }
            catch (Exception) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Out of descriptors, an aborted handshake or anything else: keep accepting.
                LogAcceptFailed(ex);
                await Task.Delay(TimeSpan.FromMilliseconds(50), _time, CancellationToken.None).ConfigureAwait(false);
                continue;
            }

            if (Interlocked.Increment(ref _activeConnections) > _options.MaxConnections)
            {
                Interlocked.Decrement(ref _activeConnections);
                LogConnectionRejected(socket.RemoteEndPoint, _options.MaxConnections);
                socket.Dispose();
                continue;
            }

            var id = Interlocked.Increment(ref _nextConnectionId);
            socket.NoDelay = true;
            var connection = new ModbusServerConnection(socket, _handler, _options, _logger, _time);
            var running = RunConnectionAsync(id, connection, stopping);
            _connections[id] = running;
            if (running.IsCompleted)
            {
                // It finished before it was recorded; its own removal has already run.
                _connections.TryRemove(id, out _);
            }
        }
    }

    private async Task RunConnectionAsync(long id, ModbusServerConnection connection, CancellationToken stopping)
    {
        await Task.Yield();
        try
        {
            await connection.RunAsync(stopping).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _activeConnections);
            _connections.TryRemove(id, out _);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Modbus server listening on {EndPoint}")]
    private partial void LogStarted(IPEndPoint endPoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Modbus server stopped")]
    private partial void LogStopped();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Modbus server: accept failed")]
    private partial void LogAcceptFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Modbus server: closed connection from {Remote} at once: already {MaxConnections} connections")]
    private partial void LogConnectionRejected(EndPoint? remote, int maxConnections);
}
