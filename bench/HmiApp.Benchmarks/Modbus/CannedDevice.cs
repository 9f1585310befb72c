using System.Net;
using System.Net.Sockets;

namespace HmiApp.Benchmarks.Modbus;

/// <summary>
/// A device that answers every FC3 request for 125 registers with the same canned response, on a dedicated thread
/// with blocking sockets and preallocated buffers, so it adds no allocations to what the client benchmark measures.
/// </summary>
public sealed class CannedDevice : IDisposable
{
    private readonly Socket _listener = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
    private readonly Thread _thread;
    private Socket? _connection;

    public CannedDevice()
    {
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(1);
        _thread = new Thread(Serve) { IsBackground = true, Name = "canned Modbus device" };
        _thread.Start();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndPoint!).Port;

    public void Dispose()
    {
        _listener.Dispose();
        _connection?.Dispose();
    }

    private void Serve()
    {
        var request = new byte[12];
        var response = new byte[9 + 250];
        response[5] = 3 + 250;
        response[6] = 1;
        response[7] = 3;
        response[8] = 250;
        try
        {
            _connection = _listener.Accept();
            _connection.NoDelay = true;
            while (true)
            {
                var read = 0;
                while (read < request.Length)
                {
                    var n = _connection.Receive(request, read, request.Length - read, SocketFlags.None);
                    if (n == 0)
                    {
                        return;
                    }

                    read += n;
                }

                response[0] = request[0];
                response[1] = request[1];
                _connection.Send(response);
            }
        }
        catch (SocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
