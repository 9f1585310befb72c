using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Simulation.Devices;

/// <summary>
/// The network face of a simulated device: it listens where pollers connect and relays each Modbus TCP
/// frame to the device's own server on a private port, misbehaving on the way back as the active
/// <see cref="DeviceFault"/>s say. With no fault active it is a transparent relay.
/// </summary>
public sealed partial class DeviceFaultProxy : IAsyncDisposable
{
    private const int MbapHeaderLength = 6;
    private const int MaxFrameLength = 260;

    private readonly IPEndPoint listenOn;
    private readonly IPEndPoint device;
    private readonly DeviceFaultSettings settings;
    private readonly ILogger logger;
    private readonly TimeProvider time;
    private readonly ConcurrentDictionary<DeviceFault, bool> faults = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly List<Task> connections = [];
    private TcpListener? listener;
    private Task? acceptLoop;
    private int openConnections;
    private int disposed;

    public DeviceFaultProxy(IPEndPoint listenOn, IPEndPoint device, DeviceFaultSettings settings, ILogger logger, TimeProvider time)
    {
        this.listenOn = listenOn;
        this.device = device;
        this.settings = settings;
        this.logger = logger;
        this.time = time;
    }

    public IPEndPoint LocalEndPoint => (IPEndPoint)(listener?.LocalEndpoint ?? throw new InvalidOperationException("The proxy has not been started."));

    public IReadOnlyCollection<DeviceFault> ActiveFaults => faults.Keys.ToList();

    public int OpenConnections => Volatile.Read(ref openConnections);

    public void StartFault(DeviceFault fault) => faults[fault] = true;

    public void ClearFault(DeviceFault fault) => faults.TryRemove(fault, out _);

    public void Start()
    {
        listener = new TcpListener(listenOn);
        listener.Start();
        acceptLoop = AcceptAsync(stopping.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await stopping.CancelAsync();
        listener?.Stop();
        if (acceptLoop is not null)
        {
            await acceptLoop;
        }

        Task[] open;
        lock (connections)
        {
            open = [.. connections];
        }

        await Task.WhenAll(open);
        stopping.Dispose();
    }

    private bool Has(DeviceFault fault) => faults.ContainsKey(fault);

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener!.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            if (Has(DeviceFault.AcceptOneConnectionOnly) && OpenConnections >= 1)
            {
                LogRefused(listenOn.Port);
                client.Dispose();
                continue;
            }

            var task = RelayAsync(client, cancellationToken);
            lock (connections)
            {
                connections.RemoveAll(t => t.IsCompleted);
                connections.Add(task);
            }
        }
    }

    private async Task RelayAsync(TcpClient client, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref openConnections);
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var upstream = new TcpClient();
        try
        {
            client.NoDelay = true;
            upstream.NoDelay = true;
            await upstream.ConnectAsync(device, connection.Token);
            var lastActivity = new LastActivity(time);
            var requests = PumpAsync(client.GetStream(), upstream.GetStream(), lastActivity, toPoller: false, connection.Token);
            var answers = PumpAsync(upstream.GetStream(), client.GetStream(), lastActivity, toPoller: true, connection.Token);
            var idle = DropWhenIdleAsync(lastActivity, connection.Token);
            await Task.WhenAny(requests, answers, idle);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // A closed side ends the relay; the poller sees what a real device's close would show.
        }
        finally
        {
            await connection.CancelAsync();
            client.Dispose();
            Interlocked.Decrement(ref openConnections);
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, LastActivity lastActivity, bool toPoller, CancellationToken cancellationToken)
    {
        var frame = new byte[MaxFrameLength];
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await from.ReadExactlyAsync(frame.AsMemory(0, MbapHeaderLength), cancellationToken);
                var length = BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(4, 2));
                if (length is 0 || MbapHeaderLength + length > MaxFrameLength)
                {
                    return; // Not Modbus: close, as the device's own server would.
                }

                await from.ReadExactlyAsync(frame.AsMemory(MbapHeaderLength, length), cancellationToken);
                lastActivity.Touch();
                var total = MbapHeaderLength + length;
                if (toPoller && !await ShapeAnswerAsync(frame.AsMemory(0, total), cancellationToken))
                {
                    continue;
                }

                await to.WriteAsync(frame.AsMemory(0, total), cancellationToken);
                lastActivity.Touch();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or EndOfStreamException or ObjectDisposedException or SocketException)
        {
            // The other side closed or the relay is stopping.
        }
    }

    /// <summary>Applies the active faults to one answer; false when it must not be sent at all.</summary>
    private async Task<bool> ShapeAnswerAsync(Memory<byte> answer, CancellationToken cancellationToken)
    {
        if (Has(DeviceFault.StopAnswering))
        {
            return false;
        }

        if (Has(DeviceFault.AnswerSlowly))
        {
            await Task.Delay(settings.SlowAnswerDelay, time, cancellationToken);
        }

        if (Has(DeviceFault.AnswerGarbage))
        {
            Random.Shared.NextBytes(answer.Span);
        }

        return true;
    }

    private async Task DropWhenIdleAsync(LastActivity lastActivity, CancellationToken cancellationToken)
    {
        var check = TimeSpan.FromMilliseconds(Math.Max(50, settings.IdleDropAfter.TotalMilliseconds / 4));
        using var timer = new PeriodicTimer(check, time);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            if (Has(DeviceFault.DropIdleConnections) && lastActivity.Quiet >= settings.IdleDropAfter)
            {
                LogDroppedIdle(listenOn.Port);
                return;
            }
        }
    }

    private sealed class LastActivity(TimeProvider time)
    {
        private long lastTimestamp = time.GetTimestamp();

        public TimeSpan Quiet => time.GetElapsedTime(Interlocked.Read(ref lastTimestamp));

        public void Touch() => Interlocked.Exchange(ref lastTimestamp, time.GetTimestamp());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulated device on port {Port} refused a second connection (fault AcceptOneConnectionOnly)")]
    private partial void LogRefused(int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulated device on port {Port} dropped an idle connection (fault DropIdleConnections)")]
    private partial void LogDroppedIdle(int port);
}
