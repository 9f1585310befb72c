using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Modbus;

public sealed partial class ModbusTcpClient
{
    /// <summary>
    /// Sends the PDU already written at <c>_request[7..]</c> and returns the length of the matching response PDU,
    /// which is left at <c>_response[7..]</c>. Broadcasts return 0 without waiting.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<int> ExchangeAsync(byte unitId, ushort address, int pduLength, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var function = (ModbusFunctionCode)_request[ModbusLimits.MbapHeaderLength];
        for (var attempt = 0; ; attempt++)
        {
            var socket = await ConnectIfNeededAsync(cancellationToken).ConfigureAwait(false);
            await PauseBetweenRequestsAsync(cancellationToken).ConfigureAwait(false);
            var reusedWorkingConnection = _connectionProvedWorking;
            int responsePduLength;
            try
            {
                responsePduLength = await SendAndReceiveAsync(socket, unitId, address, function, pduLength, cancellationToken).ConfigureAwait(false);
            }
            catch (SocketException ex) when (reusedWorkingConnection && attempt == 0)
            {
                // Devices commonly drop connections that sat idle; that is not a fault worth reporting.
                LogIdleConnectionDropped(_endpoint, ex.SocketErrorCode);
                CloseConnection("device closed an idle connection");
                continue;
            }
            catch (SocketException ex)
            {
                CloseConnection("connection lost");
                throw new ModbusConnectionException($"{_endpoint}: connection lost during {function} to unit {unitId} at address {address}: {ex.Message}", ex);
            }

            _lastExchangeEnd = _time.GetTimestamp();
            if (unitId == ModbusLimits.BroadcastUnitId)
            {
                return 0;
            }

            var responseFunction = _response[ModbusLimits.MbapHeaderLength];
            var isExceptionResponse = responseFunction == ((byte)function | 0x80);
            if (isExceptionResponse && responsePduLength != 2)
            {
                throw Garbage(unitId, $"exception response PDU of {responsePduLength} bytes, expected 2");
            }

            if (!isExceptionResponse && responseFunction != (byte)function)
            {
                throw Garbage(unitId, $"answer to function {(byte)function} carried function {responseFunction}");
            }

            // An exception response is a valid answer too: the device is there and speaks Modbus.
            _connectionProvedWorking = true;
            _backoff.RecordSuccess();
            if (isExceptionResponse)
            {
                throw new ModbusExceptionResponse(function, unitId, address, (ModbusExceptionCode)_response[ModbusLimits.MbapHeaderLength + 1]);
            }

            return responsePduLength;
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<int> SendAndReceiveAsync(Socket socket, byte unitId, ushort address, ModbusFunctionCode function, int pduLength, CancellationToken cancellationToken)
    {
        var transactionId = unchecked(++_transactionId);
        BinaryPrimitives.WriteUInt16BigEndian(_request, transactionId);
        BinaryPrimitives.WriteUInt16BigEndian(_request.AsSpan(2), 0);
        BinaryPrimitives.WriteUInt16BigEndian(_request.AsSpan(4), (ushort)(pduLength + 1));
        _request[6] = unitId;
        if (_policy.DeviceAnswersTransactionIdZero)
        {
            // Without usable transaction ids, anything already received can only be a stale answer.
            DiscardPendingBytes(socket);
        }

        _timeoutSource.CancelAfter(_policy.RequestTimeout);
        var registration = cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), _timeoutSource)
            : default;
        var token = _timeoutSource.Token;
        try
        {
            var frameLength = ModbusLimits.MbapHeaderLength + pduLength;
            var sent = 0;
            while (sent < frameLength)
            {
                sent += await socket.SendAsync(_request.AsMemory(sent, frameLength - sent), SocketFlags.None, token).ConfigureAwait(false);
            }

            if (unitId == ModbusLimits.BroadcastUnitId)
            {
                return 0;
            }

            return await ReceiveResponseAsync(socket, transactionId, unitId, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            CloseConnection("request cancelled by caller");
            throw;
        }
        catch (OperationCanceledException)
        {
            // A response frame cut in half leaves the stream unframed, and without transaction ids the late
            // answer could be taken for the next request: only then is the connection given up.
            if (_receiveEnd > _receiveStart || _policy.DeviceAnswersTransactionIdZero)
            {
                CloseConnection("request timed out mid-frame");
            }

            throw new ModbusTimeoutException(_endpoint, function, unitId, address, _policy.RequestTimeout);
        }
        finally
        {
            registration.Dispose();
            if (!_timeoutSource.TryReset())
            {
                _timeoutSource.Dispose();
                _timeoutSource = new CancellationTokenSource();
            }
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<int> ReceiveResponseAsync(Socket socket, ushort transactionId, byte unitId, CancellationToken token)
    {
        while (true)
        {
            await FillAsync(socket, ModbusLimits.MbapHeaderLength, token).ConfigureAwait(false);
            var frameTransactionId = BinaryPrimitives.ReadUInt16BigEndian(_receiveBuffer.AsSpan(_receiveStart));
            var protocolId = BinaryPrimitives.ReadUInt16BigEndian(_receiveBuffer.AsSpan(_receiveStart + 2));
            var mbapLength = BinaryPrimitives.ReadUInt16BigEndian(_receiveBuffer.AsSpan(_receiveStart + 4));
            if (protocolId != 0 || mbapLength < 3 || mbapLength > ModbusLimits.MaxMbapLength)
            {
                throw Garbage(unitId, $"MBAP header with protocol id {protocolId} and length {mbapLength} (expected protocol 0, length 3-{ModbusLimits.MaxMbapLength})");
            }

            var frameLength = 6 + mbapLength;
            await FillAsync(socket, frameLength, token).ConfigureAwait(false);
            var frame = _receiveBuffer.AsSpan(_receiveStart, frameLength);
            _receiveStart += frameLength;
            if (_receiveStart == _receiveEnd)
            {
                _receiveStart = _receiveEnd = 0;
            }

            var matches = frameTransactionId == transactionId
                || (_policy.DeviceAnswersTransactionIdZero && frameTransactionId == 0);
            if (!matches)
            {
                LogStaleResponseDiscarded(_endpoint, frameTransactionId, transactionId);
                continue;
            }

            if (frame[6] != unitId)
            {
                throw Garbage(unitId, $"answer came from unit {frame[6]}");
            }

            frame.CopyTo(_response);
            return mbapLength - 1;
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask FillAsync(Socket socket, int needed, CancellationToken token)
    {
        while (_receiveEnd - _receiveStart < needed)
        {
            if (_receiveStart + needed > _receiveBuffer.Length)
            {
                var buffered = _receiveEnd - _receiveStart;
                _receiveBuffer.AsSpan(_receiveStart, buffered).CopyTo(_receiveBuffer);
                _receiveStart = 0;
                _receiveEnd = buffered;
            }

            var received = await socket.ReceiveAsync(_receiveBuffer.AsMemory(_receiveEnd), SocketFlags.None, token).ConfigureAwait(false);
            if (received == 0)
            {
                throw new SocketException((int)SocketError.ConnectionReset, "The device closed the connection.");
            }

            _receiveEnd += received;
        }
    }

    private void DiscardPendingBytes(Socket socket)
    {
        _receiveStart = _receiveEnd = 0;
        while (socket.Available > 0)
        {
            socket.Receive(_receiveBuffer, SocketFlags.None);
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<Socket> ConnectIfNeededAsync(CancellationToken cancellationToken)
    {
        if (_socket is { } connected)
        {
            return connected;
        }

        var wait = _backoff.RemainingWait();
        if (wait > TimeSpan.Zero)
        {
            throw new ModbusConnectionException(
                $"{_endpoint}: not reconnecting for another {wait.TotalMilliseconds:0} ms after {_backoff.ConsecutiveFailures} failed connection(s) (reconnect backoff).");
        }

        EndPoint endPoint = IPAddress.TryParse(_host, out var ip) ? new IPEndPoint(ip, _port) : new DnsEndPoint(_host, _port);
        var socket = ip is null ? new Socket(SocketType.Stream, ProtocolType.Tcp) : new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        socket.NoDelay = true;
        using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        connectTimeout.CancelAfter(_policy.ConnectTimeout);
        try
        {
            await socket.ConnectAsync(endPoint, connectTimeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            _backoff.RecordFailure();
            throw new ModbusConnectionException($"{_endpoint}: connect timed out after {_policy.ConnectTimeout.TotalMilliseconds:0} ms.");
        }
        catch (SocketException ex)
        {
            socket.Dispose();
            _backoff.RecordFailure();
            throw new ModbusConnectionException($"{_endpoint}: connect failed ({ex.SocketErrorCode}): {ex.Message}", ex);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        _socket = socket;
        _connectionProvedWorking = false;
        _receiveStart = _receiveEnd = 0;
        LogConnected(_endpoint);
        if (_policy.PauseAfterConnect > TimeSpan.Zero)
        {
            await Task.Delay(_policy.PauseAfterConnect, _time, cancellationToken).ConfigureAwait(false);
        }

        return socket;
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask PauseBetweenRequestsAsync(CancellationToken cancellationToken)
    {
        if (_policy.PauseBetweenRequests <= TimeSpan.Zero || _lastExchangeEnd == 0)
        {
            return;
        }

        var remaining = _policy.PauseBetweenRequests - _time.GetElapsedTime(_lastExchangeEnd);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Closes the connection; one closed over an error before it ever carried an answer feeds the backoff.</summary>
    private void CloseConnection(string reason, bool afterError = true)
    {
        if (_socket is not { } socket)
        {
            return;
        }

        _socket = null;
        if (afterError && !_connectionProvedWorking)
        {
            _backoff.RecordFailure();
        }

        _connectionProvedWorking = false;
        _receiveStart = _receiveEnd = 0;
        socket.Dispose();
        LogDisconnected(_endpoint, reason);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Modbus {Endpoint}: connected")]
    private partial void LogConnected(string endpoint);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Modbus {Endpoint}: connection closed ({Reason})")]
    private partial void LogDisconnected(string endpoint, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Modbus {Endpoint}: device dropped the idle connection ({SocketError}); reconnecting and retrying once")]
    private partial void LogIdleConnectionDropped(string endpoint, SocketError socketError);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Modbus {Endpoint}: discarded a stale response with transaction id {Received} while waiting for {Expected}")]
    private partial void LogStaleResponseDiscarded(string endpoint, ushort received, ushort expected);
}
