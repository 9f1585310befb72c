using System.Globalization;
using System.Net.Sockets;
using System.Text;

/// <summary>
/// A .NET startup hook (the runtime looks for this exact type name, outside any namespace). When
/// <c>HMI_HEAP_PROBE_SOCKET</c> names a Unix socket path, it listens there; each connection gets one line after two
/// forced, compacting full collections: live managed bytes, GC heap size, GC committed bytes and the process's
/// working set, all in bytes.
/// </summary>
internal static class StartupHook
{
    public const string SocketVariable = "HMI_HEAP_PROBE_SOCKET";

    public static void Initialize()
    {
        var path = Environment.GetEnvironmentVariable(SocketVariable);
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        new Thread(() => Serve(path)) { IsBackground = true, Name = "heap probe" }.Start();
    }

    private static void Serve(string path)
    {
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen(1);
        while (true)
        {
            using var client = listener.Accept();
            client.Send(Encoding.ASCII.GetBytes(Measure() + "\n"));
        }
    }

    private static string Measure()
    {
        // Twice, with finalizers run in between, so that objects kept only by finalizable ones go too.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        return string.Join(' ', new[] { GC.GetTotalMemory(false), info.HeapSizeBytes, info.TotalCommittedBytes, Environment.WorkingSet }
            .Select(v => v.ToString(CultureInfo.InvariantCulture)));
    }
}
