using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace HmiApp.Tests.Modbus.Net;

/// <summary>A bare socket to a server under test, for frames no well-behaved client would send.</summary>
public sealed class RawModbusConnection : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };

    private RawModbusConnection()
    {
    }

    public static async Task<RawModbusConnection> OpenAsync(int port)
    {
        var connection = new RawModbusConnection();
        await connection._socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
        return connection;
    }

    /// <summary>An MBAP frame around <paramref name="pdu"/>.</summary>
    public static byte[] Frame(ushort transactionId, byte unitId, params byte[] pdu)
    {
        var frame = new byte[7 + pdu.Length];
        BinaryPrimitives.WriteUInt16BigEndian(frame, transactionId);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(4), (ushort)(pdu.Length + 1));
        frame[6] = unitId;
        pdu.CopyTo(frame, 7);
        return frame;
    }

    public async Task SendAsync(byte[] bytes) => await _socket.SendAsync(bytes, SocketFlags.None);

    /// <summary>The next response frame, or null when the server closed the connection.</summary>
    public async Task<byte[]?> ReceiveFrameAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(5));
        var header = new byte[7];
        if (!await ReadAsync(header, cts.Token))
        {
            return null;
        }

        var frame = new byte[6 + BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4))];
        header.CopyTo(frame, 0);
        return await ReadAsync(frame.AsMemory(7), cts.Token) ? frame : null;
    }

    /// <summary>True when the server closes the connection within <paramref name="timeout"/> without sending anything.</summary>
    public async Task<bool> IsClosedByServerAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            return await _socket.ReceiveAsync(new byte[1], SocketFlags.None, cts.Token) == 0;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    public void Dispose() => _socket.Dispose();

    private async Task<bool> ReadAsync(Memory<byte> buffer, CancellationToken token)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await _socket.ReceiveAsync(buffer[read..], SocketFlags.None, token);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }
}
