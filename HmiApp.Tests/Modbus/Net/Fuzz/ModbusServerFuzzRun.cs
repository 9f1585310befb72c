using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace HmiApp.Tests.Modbus.Net.Fuzz;

/// <summary>
/// Sends fuzzed frames to a server on loopback in batches. The run follows the MBAP framing of what it sent, so
/// after a batch that leaves the stream at a frame boundary it sends a valid probe request and requires its
/// answer (or the server closing the connection over a malformed frame) before going on; a batch that ends
/// inside a frame is abandoned by closing the connection.
/// </summary>
public static class ModbusServerFuzzRun
{
    private const ushort ProbeTransactionId = 0xBEEF;

    public sealed record Report(long FramesSent, long Connections, long ProbesAnswered, long ClosedByServer, long ProbesUnanswered, TimeSpan Elapsed);

    public static async Task<Report> RunAsync(int port, long frames, int workers, int seed, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        var perWorker = (frames + workers - 1) / workers;
        var results = await Task.WhenAll(Enumerable.Range(0, workers).Select(w =>
            Task.Factory.StartNew(() => Work(port, perWorker, seed + w, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
        return new Report(
            results.Sum(r => r.FramesSent),
            results.Sum(r => r.Connections),
            results.Sum(r => r.ProbesAnswered),
            results.Sum(r => r.ClosedByServer),
            results.Sum(r => r.ProbesUnanswered),
            DateTime.UtcNow - started);
    }

    private static Report Work(int port, long frames, int seed, CancellationToken cancellationToken)
    {
        var fuzzer = new ModbusFrameFuzzer(seed);
        var batch = new byte[17 * 300];
        var responses = new byte[64 * 1024];
        long sent = 0, connections = 0, answered = 0, closedByServer = 0, unanswered = 0;
        Socket? socket = null;
        try
        {
            while (sent < frames && !cancellationToken.IsCancellationRequested)
            {
                if (socket is null)
                {
                    socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true, ReceiveTimeout = 10_000 };
                    socket.Connect(new IPEndPoint(IPAddress.Loopback, port));
                    connections++;
                }

                var framing = new MbapFraming();
                var length = 0;
                var count = (int)Math.Min(1 + (sent % 8), frames - sent);
                for (var i = 0; i < count && !framing.ServerWillClose; i++)
                {
                    var frameLength = fuzzer.Next(batch.AsSpan(length));
                    framing.Feed(batch.AsSpan(length, frameLength));
                    length += frameLength;
                    sent++;
                }

                var expectProbe = framing.AtFrameBoundary && !framing.ServerWillClose;
                if (expectProbe)
                {
                    length += WriteProbe(batch.AsSpan(length));
                }

                if (!TrySend(socket, batch.AsSpan(0, length)))
                {
                    closedByServer++;
                    Drop(ref socket);
                    continue;
                }

                if (!expectProbe && !framing.ServerWillClose)
                {
                    // The batch ends inside a frame: hang up mid-frame, which the server must also survive.
                    Drop(ref socket);
                    continue;
                }

                switch (AwaitProbeOrClose(socket, responses))
                {
                    case ProbeResult.Answered:
                        answered++;
                        break;
                    case ProbeResult.Closed:
                        closedByServer++;
                        Drop(ref socket);
                        break;
                    default:
                        unanswered++;
                        Drop(ref socket);
                        break;
                }
            }
        }
        finally
        {
            socket?.Dispose();
        }

        return new Report(sent, connections, answered, closedByServer, unanswered, TimeSpan.Zero);
    }

    private static int WriteProbe(Span<byte> destination)
    {
        ReadOnlySpan<byte> probe = [0xBE, 0xEF, 0, 0, 0, 6, 1, 3, 0, 0, 0, 1];
        probe.CopyTo(destination);
        return probe.Length;
    }

    private static bool TrySend(Socket socket, ReadOnlySpan<byte> bytes)
    {
        try
        {
            while (!bytes.IsEmpty)
            {
                bytes = bytes[socket.Send(bytes)..];
            }

            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private enum ProbeResult
    {
        Answered,
        Closed,
        NoAnswer,
    }

    /// <summary>Reads the server's (always well-formed) responses until the probe's answer or the end of the stream.</summary>
    private static ProbeResult AwaitProbeOrClose(Socket socket, byte[] buffer)
    {
        var start = 0;
        var end = 0;
        try
        {
            while (true)
            {
                while (end - start >= 7)
                {
                    var frameLength = 6 + BinaryPrimitives.ReadUInt16BigEndian(buffer.AsSpan(start + 4));
                    if (end - start < frameLength)
                    {
                        break;
                    }

                    var isProbe = BinaryPrimitives.ReadUInt16BigEndian(buffer.AsSpan(start)) == ProbeTransactionId && frameLength == 11;
                    start += frameLength;
                    if (isProbe)
                    {
                        return ProbeResult.Answered;
                    }
                }

                if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    start = 0;
                }

                var n = socket.Receive(buffer, end, buffer.Length - end, SocketFlags.None);
                if (n == 0)
                {
                    return ProbeResult.Closed;
                }

                end += n;
            }
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.TimedOut)
        {
            return ProbeResult.NoAnswer;
        }
        catch (SocketException)
        {
            return ProbeResult.Closed;
        }
    }

    private static void Drop(ref Socket? socket)
    {
        socket?.Dispose();
        socket = null;
    }

    /// <summary>Follows MBAP framing of the bytes sent on one connection, as the server will see them.</summary>
    private struct MbapFraming
    {
        private int _headerFill;
        private int _bodyRemaining;
        private ushort _protocolId;
        private ushort _length;

        public bool ServerWillClose { get; private set; }

        public readonly bool AtFrameBoundary => _headerFill == 0 && _bodyRemaining == 0;

        public void Feed(ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes)
            {
                if (ServerWillClose)
                {
                    return;
                }

                if (_bodyRemaining > 0)
                {
                    _bodyRemaining--;
                    continue;
                }

                switch (_headerFill)
                {
                    case 2 or 3:
                        _protocolId = (ushort)((_protocolId << 8) | b);
                        break;
                    case 4 or 5:
                        _length = (ushort)((_length << 8) | b);
                        break;
                }

                _headerFill++;
                if (_headerFill == 7)
                {
                    ServerWillClose = _protocolId != 0 || _length < 2 || _length > 254;
                    _bodyRemaining = _length - 1;
                    _headerFill = 0;
                    _protocolId = 0;
                    _length = 0;
                }
            }
        }
    }
}
