using System.Net;
using System.Net.Sockets;

namespace HmiApp.Tests.Modbus.Net;

public static class FreePort
{
    /// <summary>A loopback port that was free a moment ago, for peers that cannot report the port they bound.</summary>
    public static int Pick()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }
}
