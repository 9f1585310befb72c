using System.Buffers.Binary;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Modbus;

/// <summary>
/// Modbus TCP client for one device. Requests are serialised; the connection is opened on demand, reopened
/// transparently once when the device dropped an idle connection, and reconnects back off exponentially.
/// Request and response buffers are preallocated so an exchange allocates nothing on the steady path.
/// </summary>
public sealed partial class ModbusTcpClient : IAsyncDisposable
{
    private const int ReceiveBufferLength = 2 * ModbusLimits.MaxFrameLength;

    private readonly string _host;
    private readonly int _port;
    private readonly string _endpoint;
    private readonly ModbusConnectionPolicy _policy;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly ReconnectBackoff _backoff;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly byte[] _request = new byte[ModbusLimits.MaxFrameLength];
    private readonly byte[] _response = new byte[ModbusLimits.MaxFrameLength];
    private readonly byte[] _receiveBuffer = new byte[ReceiveBufferLength];
    private CancellationTokenSource _timeoutSource = new();
    private Socket? _socket;
    private bool _connectionProvedWorking;
    private int _receiveStart;
    private int _receiveEnd;
    private ushort _transactionId;
    private long _lastExchangeEnd;
    private bool _disposed;

    public ModbusTcpClient(string host, int port, ModbusConnectionPolicy policy, ILogger<ModbusTcpClient> logger, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        if (port is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(port), port, "TCP port must be between 1 and 65535.");
        }

        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(logger);
        policy.Validate();
        _host = host;
        _port = port;
        _endpoint = $"{host}:{port}";
        _policy = policy;
        _logger = logger;
        _time = time ?? TimeProvider.System;
        _backoff = new ReconnectBackoff(policy, _time, new Random());
    }

    public ModbusConnectionPolicy Policy => _policy;

    public bool IsConnected => _socket is not null;

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask ReadCoilsAsync(byte unitId, ushort address, Memory<bool> destination, CancellationToken cancellationToken = default)
    {
        CheckRead(unitId, address, destination.Length, _policy.MaxReadBits, nameof(ModbusConnectionPolicy.MaxReadBits));
        await ReadBitsCoreAsync(ModbusFunctionCode.ReadCoils, unitId, address, destination, cancellationToken).ConfigureAwait(false);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask ReadDiscreteInputsAsync(byte unitId, ushort address, Memory<bool> destination, CancellationToken cancellationToken = default)
    {
        CheckRead(unitId, address, destination.Length, _policy.MaxReadBits, nameof(ModbusConnectionPolicy.MaxReadBits));
        await ReadBitsCoreAsync(ModbusFunctionCode.ReadDiscreteInputs, unitId, address, destination, cancellationToken).ConfigureAwait(false);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask ReadHoldingRegistersAsync(byte unitId, ushort address, Memory<ushort> destination, CancellationToken cancellationToken = default)
    {
        CheckRead(unitId, address, destination.Length, _policy.MaxReadRegisters, nameof(ModbusConnectionPolicy.MaxReadRegisters));
        await ReadRegistersCoreAsync(ModbusFunctionCode.ReadHoldingRegisters, unitId, address, destination, cancellationToken).ConfigureAwait(false);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask ReadInputRegistersAsync(byte unitId, ushort address, Memory<ushort> destination, CancellationToken cancellationToken = default)
    {
        CheckRead(unitId, address, destination.Length, _policy.MaxReadRegisters, nameof(ModbusConnectionPolicy.MaxReadRegisters));
        await ReadRegistersCoreAsync(ModbusFunctionCode.ReadInputRegisters, unitId, address, destination, cancellationToken).ConfigureAwait(false);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask WriteSingleCoilAsync(byte unitId, ushort address, bool value, CancellationToken cancellationToken = default)
    {
        CheckUnit(unitId, allowBroadcast: true);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var pdu = _request.AsSpan(ModbusLimits.MbapHeaderLength);
            pdu[0] = (byte)ModbusFunctionCode.WriteSingleCoil;
            BinaryPrimitives.WriteUInt16BigEndian(pdu[1..], address);
            BinaryPrimitives.WriteUInt16BigEndian(pdu[3..], value ? (ushort)0xFF00 : (ushort)0x0000);
            var length = await ExchangeAsync(unitId, address, 5, cancellationToken).ConfigureAwait(false);
            CheckEcho(unitId, address, length, 5);
        }
        finally
        {
            _gate.Release();
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask WriteSingleRegisterAsync(byte unitId, ushort address, ushort value, CancellationToken cancellationToken = default)
    {
        CheckUnit(unitId, allowBroadcast: true);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var pdu = _request.AsSpan(ModbusLimits.MbapHeaderLength);
            pdu[0] = (byte)ModbusFunctionCode.WriteSingleRegister;
            BinaryPrimitives.WriteUInt16BigEndian(pdu[1..], address);
            BinaryPrimitives.WriteUInt16BigEndian(pdu[3..], value);
            var length = await ExchangeAsync(unitId, address, 5, cancellationToken).ConfigureAwait(false);
            CheckEcho(unitId, address, length, 5);
        }
        finally
        {
            _gate.Release();
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask WriteMultipleCoilsAsync(byte unitId, ushort address, ReadOnlyMemory<bool> values, CancellationToken cancellationToken = default)
    {
        CheckUnit(unitId, allowBroadcast: true);
        CheckQuantity(address, values.Length, _policy.MaxWriteBits, nameof(ModbusConnectionPolicy.MaxWriteBits));
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var pdu = _request.AsSpan(ModbusLimits.MbapHeaderLength);
            var byteCount = (values.Length + 7) / 8;
            pdu[0] = (byte)ModbusFunctionCode.WriteMultipleCoils;
            BinaryPrimitives.WriteUInt16BigEndian(pdu[1..], address);
            BinaryPrimitives.WriteUInt16BigEndian(pdu[3..], (ushort)values.Length);
            pdu[5] = (byte)byteCount;
            ModbusBits.Pack(values.Span, pdu.Slice(6, byteCount));
            var length = await ExchangeAsync(unitId, address, 6 + byteCount, cancellationToken).ConfigureAwait(false);
            CheckEcho(unitId, address, length, 5);
        }
        finally
        {
            _gate.Release();
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask WriteMultipleRegistersAsync(byte unitId, ushort address, ReadOnlyMemory<ushort> values, CancellationToken cancellationToken = default)
    {
        CheckUnit(unitId, allowBroadcast: true);
        CheckQuantity(address, values.Length, _policy.MaxWriteRegisters, nameof(ModbusConnectionPolicy.MaxWriteRegisters));
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var pdu = _request.AsSpan(ModbusLimits.MbapHeaderLength);
            pdu[0] = (byte)ModbusFunctionCode.WriteMultipleRegisters;
            BinaryPrimitives.WriteUInt16BigEndian(pdu[1..], address);
            BinaryPrimitives.WriteUInt16BigEndian(pdu[3..], (ushort)values.Length);
            pdu[5] = (byte)(values.Length * 2);
            WriteRegisters(values.Span, pdu[6..]);
            var length = await ExchangeAsync(unitId, address, 6 + (values.Length * 2), cancellationToken).ConfigureAwait(false);
            CheckEcho(unitId, address, length, 5);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Function 23: writes <paramref name="values"/> then reads into <paramref name="destination"/> in one exchange.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask ReadWriteMultipleRegistersAsync(
        byte unitId,
        ushort readAddress,
        Memory<ushort> destination,
        ushort writeAddress,
        ReadOnlyMemory<ushort> values,
        CancellationToken cancellationToken = default)
    {
        CheckUnit(unitId, allowBroadcast: false);
        CheckQuantity(readAddress, destination.Length, Math.Min(_policy.MaxReadRegisters, ModbusLimits.MaxReadWriteReadRegisters), nameof(ModbusConnectionPolicy.MaxReadRegisters));
        CheckQuantity(writeAddress, values.Length, Math.Min(_policy.MaxWriteRegisters, ModbusLimits.MaxReadWriteWriteRegisters), nameof(ModbusConnectionPolicy.MaxWriteRegisters));
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var pdu = _request.AsSpan(ModbusLimits.MbapHeaderLength);
            pdu[0] = (byte)ModbusFunctionCode.ReadWriteMultipleRegisters;
            BinaryPrimitives.WriteUInt16BigEndian(pdu[1..], readAddress);
            BinaryPrimitives.WriteUInt16BigEndian(pdu[3..], (ushort)destination.Length);
            BinaryPrimitives.WriteUInt16BigEndian(pdu[5..], writeAddress);
            BinaryPrimitives.WriteUInt16BigEndian(pdu[7..], (ushort)values.Length);
            pdu[9] = (byte)(values.Length * 2);
            WriteRegisters(values.Span, pdu[10..]);
            var length = await ExchangeAsync(unitId, readAddress, 10 + (values.Length * 2), cancellationToken).ConfigureAwait(false);
            ParseRegisters(unitId, readAddress, length, destination.Span);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Marks the end of a poll: closes the connection when the policy asks for a connection per poll.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask EndPollAsync(CancellationToken cancellationToken = default)
    {
        if (_policy.Mode != ModbusConnectionMode.ClosePerPoll)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            CloseConnection("poll ended", afterError: false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            _disposed = true;
            CloseConnection("client disposed", afterError: false);
            _timeoutSource.Dispose();
        }
        finally
        {
            _gate.Release();
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask ReadBitsCoreAsync(ModbusFunctionCode function, byte unitId, ushort address, Memory<bool> destination, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            WriteReadRequest(function, address, destination.Length);
            var length = await ExchangeAsync(unitId, address, 5, cancellationToken).ConfigureAwait(false);
            var byteCount = (destination.Length + 7) / 8;
            var pdu = _response.AsSpan(ModbusLimits.MbapHeaderLength, length);
            if (length != 2 + byteCount || pdu[1] != byteCount)
            {
                throw Garbage(unitId, $"{function} of {destination.Length} bits expects {byteCount} data bytes, response had byte count {pdu[1]} in a PDU of {length} bytes");
            }

            ModbusBits.Unpack(pdu.Slice(2, byteCount), destination.Span);
        }
        finally
        {
            _gate.Release();
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask ReadRegistersCoreAsync(ModbusFunctionCode function, byte unitId, ushort address, Memory<ushort> destination, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            WriteReadRequest(function, address, destination.Length);
            var length = await ExchangeAsync(unitId, address, 5, cancellationToken).ConfigureAwait(false);
            ParseRegisters(unitId, address, length, destination.Span);
        }
        finally
        {
            _gate.Release();
        }
    }

    private void WriteReadRequest(ModbusFunctionCode function, ushort address, int quantity)
    {
        var pdu = _request.AsSpan(ModbusLimits.MbapHeaderLength);
        pdu[0] = (byte)function;
        BinaryPrimitives.WriteUInt16BigEndian(pdu[1..], address);
        BinaryPrimitives.WriteUInt16BigEndian(pdu[3..], (ushort)quantity);
    }

    private void ParseRegisters(byte unitId, ushort address, int length, Span<ushort> destination)
    {
        var pdu = _response.AsSpan(ModbusLimits.MbapHeaderLength, length);
        var byteCount = destination.Length * 2;
        if (length != 2 + byteCount || pdu[1] != byteCount)
        {
            throw Garbage(unitId, $"reading {destination.Length} registers at {address} expects {byteCount} data bytes, response had byte count {pdu[1]} in a PDU of {length} bytes");
        }

        var data = pdu.Slice(2, byteCount);
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = BinaryPrimitives.ReadUInt16BigEndian(data[(i * 2)..]);
        }
    }

    private static void WriteRegisters(ReadOnlySpan<ushort> values, Span<byte> destination)
    {
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(destination[(i * 2)..], values[i]);
        }
    }

    private void CheckEcho(byte unitId, ushort address, int length, int echoLength)
    {
        if (unitId == ModbusLimits.BroadcastUnitId)
        {
            return;
        }

        var requestEcho = _request.AsSpan(ModbusLimits.MbapHeaderLength, echoLength);
        var responsePdu = _response.AsSpan(ModbusLimits.MbapHeaderLength, length);
        if (length != echoLength || !responsePdu.SequenceEqual(requestEcho))
        {
            throw Garbage(unitId, $"write at {address} was not confirmed by an echo of the request ({length}-byte PDU {Convert.ToHexString(responsePdu)})");
        }
    }

    private static void CheckUnit(byte unitId, bool allowBroadcast)
    {
        if (!ModbusLimits.IsValidUnitId(unitId))
        {
            throw new ArgumentOutOfRangeException(nameof(unitId), unitId, "Unit id must be 0 (broadcast), 1-247 or 255; 248-254 are reserved.");
        }

        if (!allowBroadcast && unitId == ModbusLimits.BroadcastUnitId)
        {
            throw new ArgumentOutOfRangeException(nameof(unitId), unitId, "Unit id 0 is broadcast, which carries writes only: a read needs an addressed unit (1-247 or 255).");
        }
    }

    private static void CheckRead(byte unitId, ushort address, int quantity, int maximum, string maximumName)
    {
        CheckUnit(unitId, allowBroadcast: false);
        CheckQuantity(address, quantity, maximum, maximumName);
    }

    private static void CheckQuantity(ushort address, int quantity, int maximum, string maximumName)
    {
        if (quantity < 1 || quantity > maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, $"Quantity must be between 1 and {maximum} ({maximumName} of this device's policy).");
        }

        if (address + quantity > 65536)
        {
            throw new ArgumentOutOfRangeException(nameof(address), address, $"Address {address} plus quantity {quantity} runs past the last Modbus address 65535.");
        }
    }

    private ModbusProtocolException Garbage(byte unitId, string what)
    {
        CloseConnection("invalid response");
        return new ModbusProtocolException($"{_endpoint}: invalid response from unit {unitId}: {what}.");
    }
}
