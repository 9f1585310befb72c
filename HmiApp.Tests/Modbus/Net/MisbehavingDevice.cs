using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace HmiApp.Tests.Modbus.Net;

/// <summary>
/// A raw TCP "device" for fault tests: every accepted connection is handed to a behaviour written in the test.
/// It counts the connections it accepted.
/// </summary>
public sealed class MisbehavingDevice : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _connections = [];
    private readonly Task _acceptLoop;
    private int _accepted;

    public MisbehavingDevice(Func<Socket, int, CancellationToken, Task> behaviour)
    {
        _listener.Start();
        _acceptLoop = AcceptAsync(behaviour);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int AcceptedConnections => Volatile.Read(ref _accepted);

    /// <summary>Reads one request frame; null when the client closed the connection.</summary>
    public static async Task<byte[]?> ReadRequestAsync(Socket socket, CancellationToken token)
    {
        var header = new byte[7];
        if (!await ReadExactlyAsync(socket, header, token))
        {
            return null;
        }

        var frame = new byte[6 + BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4))];
        header.CopyTo(frame, 0);
        return await ReadExactlyAsync(socket, frame.AsMemory(7), token) ? frame : null;
    }

    /// <summary>A well-formed FC3/FC4 answer to <paramref name="request"/> whose registers all hold <paramref name="value"/>.</summary>
    public static byte[] RegisterResponse(byte[] request, ushort value, ushort? transactionId = null)
    {
        var quantity = BinaryPrimitives.ReadUInt16BigEndian(request.AsSpan(10));
        var response = new byte[9 + (quantity * 2)];
        request.AsSpan(0, 4).CopyTo(response);
        if (transactionId is { } id)
        {
            BinaryPrimitives.WriteUInt16BigEndian(response, id);
        }

        BinaryPrimitives.WriteUInt16BigEndian(response.AsSpan(4), (ushort)(3 + (quantity * 2)));
        response[6] = request[6];
        response[7] = request[7];
        response[8] = (byte)(quantity * 2);
        for (var i = 0; i < quantity; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(response.AsSpan(9 + (i * 2)), value);
        }

        return response;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        Task[] running;
        lock (_connections)
        {
            running = [.. _connections];
        }

        await Task.WhenAll(running.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        _stop.Dispose();
    }

    private static async Task<bool> ReadExactlyAsync(Socket socket, Memory<byte> buffer, CancellationToken token)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await socket.ReceiveAsync(buffer[read..], SocketFlags.None, token);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }

    private async Task AcceptAsync(Func<Socket, int, CancellationToken, Task> behaviour)
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptSocketAsync(_stop.Token);
            var index = Interlocked.Increment(ref _accepted) - 1;
            var connection = Task.Run(async () =>
            {
                using (socket)
                {
                    try
                    {
                        await behaviour(socket, index, _stop.Token);
                    }
                    catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
                    {
                    }
                }
            });
            lock (_connections)
            {
                _connections.Add(connection);
            }
        }
    }
}
