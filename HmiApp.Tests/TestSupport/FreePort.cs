using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace HmiApp.Tests.TestSupport;

public static class FreePort
{
    // Below the kernel's ephemeral range (net.ipv4.ip_local_port_range, 32768 and up by default): a port the OS
    // hands out for port 0 can be taken by any outgoing connection (a database client, an HTTP call) between the
    // test choosing it and the app binding it. Ports here are only ever taken by listeners.
    private const int Lowest = 20000;
    private const int Highest = 32000;

    private static readonly ConcurrentDictionary<int, bool> HandedOut = new();

    /// <summary>A TCP port free on every address now, handed out once in this test process.</summary>
    public static int Next()
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var port = Random.Shared.Next(Lowest, Highest);
            if (!HandedOut.TryAdd(port, true))
            {
                continue;
            }

            try
            {
                using var listener = new TcpListener(IPAddress.Any, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Another process listens there; try the next.
            }
        }

        throw new InvalidOperationException($"No free TCP port between {Lowest} and {Highest} after 1000 tries.");
    }
}
