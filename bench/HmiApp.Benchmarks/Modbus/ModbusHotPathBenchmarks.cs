using System.Net;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;
using HmiApp.Infrastructure.Modbus;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmiApp.Benchmarks.Modbus;

/// <summary>
/// Time and allocation of one FC3 read of 125 registers over loopback: our client against a canned device that
/// allocates nothing, and our server driven by a blocking raw socket that allocates nothing.
/// </summary>
[MemoryDiagnoser]
public class ModbusHotPathBenchmarks
{
    private readonly ushort[] _registers = new ushort[125];
    private readonly byte[] _request = [0, 1, 0, 0, 0, 6, 1, 3, 0, 0, 0, 125];
    private readonly byte[] _response = new byte[259];
    private CannedDevice _device = null!;
    private ModbusTcpClient _client = null!;
    private ModbusTcpServer _server = null!;
    private Socket _rawClient = null!;
    private CancellationTokenSource _callerToken = null!;

    [GlobalSetup]
    public void Setup()
    {
        _callerToken = new CancellationTokenSource();
        _device = new CannedDevice();
        _client = new ModbusTcpClient("127.0.0.1", _device.Port, ModbusConnectionPolicy.Default, NullLogger<ModbusTcpClient>.Instance);
        _client.ReadHoldingRegistersAsync(1, 0, _registers).AsTask().GetAwaiter().GetResult();

        _server = new ModbusTcpServer(
            new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = 0 },
            new Dictionary<byte, IModbusUnit> { [1] = ModbusUnit.InMemory(1000) },
            NullLogger<ModbusTcpServer>.Instance);
        _server.Start();
        _rawClient = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        _rawClient.Connect(_server.LocalEndPoint);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _device.Dispose();
        _rawClient.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _callerToken.Dispose();
    }

    [Benchmark]
    public ValueTask ClientReadHoldingRegisters125() => _client.ReadHoldingRegistersAsync(1, 0, _registers);

    /// <summary>As acquisition calls it: with a cancellable token of the poll loop.</summary>
    [Benchmark]
    public ValueTask ClientReadHoldingRegisters125WithCallerToken() => _client.ReadHoldingRegistersAsync(1, 0, _registers, _callerToken.Token);

    [Benchmark]
    public int ServerAnswerReadHoldingRegisters125()
    {
        _rawClient.Send(_request);
        var read = 0;
        while (read < _response.Length)
        {
            read += _rawClient.Receive(_response, read, _response.Length - read, SocketFlags.None);
        }

        return read;
    }
}
