using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Modbus;

/// <summary>Serves one client connection: frames requests, enforces idle and slow-sender timeouts, answers.</summary>
internal sealed partial class ModbusServerConnection(
    Socket socket,
    ModbusRequestHandler handler,
    ModbusTcpServerOptions options,
    ILogger logger,
    TimeProvider time)
{
    private readonly ILogger _logger = logger;
    private readonly byte[] _receiveBuffer = new byte[2 * ModbusLimits.MaxFrameLength];
    private readonly byte[] _response = new byte[ModbusLimits.MaxFrameLength];
    private readonly EndPoint? _remote = socket.RemoteEndPoint;
    private int _start;
    private int _end;
    private long _frameStarted;

    public async Task RunAsync(CancellationToken stopping)
    {
        LogOpened(_remote);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var reason = "server stopping";
        try
        {
            reason = await ServeAsync(deadline, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (OperationCanceledException)
        {
            reason = _end > _start ? "request frame not completed in time" : "idle timeout";
        }
        catch (SocketException ex)
        {
            reason = $"socket error {ex.SocketErrorCode}";
        }
        catch (Exception ex)
        {
            // Whatever went wrong stays with this connection.
            LogUnexpected(ex, _remote);
            reason = "internal error";
        }
        finally
        {
            socket.Dispose();
        }

        LogClosed(_remote, reason);
    }

    private async Task<string> ServeAsync(CancellationTokenSource deadline, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            _frameStarted = time.GetTimestamp();
            if (!await FillAsync(ModbusLimits.MbapHeaderLength, deadline).ConfigureAwait(false))
            {
                return "closed by client";
            }

            var header = _receiveBuffer.AsSpan(_start, ModbusLimits.MbapHeaderLength);
            var protocolId = BinaryPrimitives.ReadUInt16BigEndian(header[2..]);
            var mbapLength = BinaryPrimitives.ReadUInt16BigEndian(header[4..]);
            if (protocolId != 0)
            {
                return Malformed($"protocol id {protocolId}, expected 0");
            }

            if (mbapLength < 2 || mbapLength > ModbusLimits.MaxMbapLength)
            {
                return Malformed($"MBAP length {mbapLength}, expected 2-{ModbusLimits.MaxMbapLength} (frame of at most {ModbusLimits.MaxFrameLength} bytes)");
            }

            var frameLength = 6 + mbapLength;
            if (!await FillAsync(frameLength, deadline).ConfigureAwait(false))
            {
                return "closed by client mid-frame";
            }

            var frame = _receiveBuffer.AsSpan(_start, frameLength);
            var unitId = frame[6];
            var outcome = handler.Handle(unitId, frame[ModbusLimits.MbapHeaderLength..], _response.AsSpan(ModbusLimits.MbapHeaderLength), out var pduLength);
            if (outcome == ModbusRequestOutcome.Malformed)
            {
                return Malformed($"function {frame[7]} with a PDU of {frameLength - ModbusLimits.MbapHeaderLength} bytes that disagrees with its MBAP length");
            }

            if (outcome == ModbusRequestOutcome.Respond)
            {
                frame[..4].CopyTo(_response);
                BinaryPrimitives.WriteUInt16BigEndian(_response.AsSpan(4), (ushort)(pduLength + 1));
                _response[6] = unitId;
                _start += frameLength;
                await SendAsync(ModbusLimits.MbapHeaderLength + pduLength, deadline).ConfigureAwait(false);
            }
            else
            {
                _start += frameLength;
            }

            if (_start == _end)
            {
                _start = _end = 0;
            }
        }

        return "server stopping";
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<bool> FillAsync(int needed, CancellationTokenSource deadline)
    {
        while (_end - _start < needed)
        {
            if (_start + needed > _receiveBuffer.Length)
            {
                var buffered = _end - _start;
                _receiveBuffer.AsSpan(_start, buffered).CopyTo(_receiveBuffer);
                _start = 0;
                _end = buffered;
            }

            var limit = _end == _start
                ? options.IdleTimeout
                : options.FrameTimeout - time.GetElapsedTime(_frameStarted);
            if (limit <= TimeSpan.Zero)
            {
                throw new OperationCanceledException("Request frame not completed in time.");
            }

            deadline.CancelAfter(limit);
            var received = await socket.ReceiveAsync(_receiveBuffer.AsMemory(_end), SocketFlags.None, deadline.Token).ConfigureAwait(false);
            deadline.CancelAfter(Timeout.InfiniteTimeSpan);
            if (received == 0)
            {
                return false;
            }

            if (_end == _start)
            {
                _frameStarted = time.GetTimestamp();
            }

            _end += received;
        }

        return true;
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask SendAsync(int length, CancellationTokenSource deadline)
    {
        // A client that stops reading must not pin this connection forever.
        deadline.CancelAfter(options.FrameTimeout);
        var sent = 0;
        while (sent < length)
        {
            sent += await socket.SendAsync(_response.AsMemory(sent, length - sent), SocketFlags.None, deadline.Token).ConfigureAwait(false);
        }

        deadline.CancelAfter(Timeout.InfiniteTimeSpan);
    }

    private string Malformed(string what)
    {
        LogMalformed(_remote, what);
        return "malformed frame: " + what;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Modbus server: connection from {Remote} opened")]
    private partial void LogOpened(EndPoint? remote);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Modbus server: connection from {Remote} closed ({Reason})")]
    private partial void LogClosed(EndPoint? remote, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Modbus server: malformed frame from {Remote}: {What}; closing that connection")]
    private partial void LogMalformed(EndPoint? remote, string what);

    [LoggerMessage(Level = LogLevel.Error, Message = "Modbus server: unexpected failure on connection from {Remote}")]
    private partial void LogUnexpected(Exception exception, EndPoint? remote);
}
