using System.Globalization;

namespace HmiApp.Tests.Modbus.Net.Peers;

/// <summary>One libmodbus 3.1.6 server (compiled from libmodbus_server.c) shared by the tests of a class.</summary>
public sealed class LibmodbusServerFixture : IAsyncLifetime
{
    private PeerProcess? _peer;

    public int Port { get; private set; }

    public PeerProcess Peer => _peer ?? throw new InvalidOperationException("libmodbus is not installed; the test should have been skipped.");

    public async Task InitializeAsync()
    {
        if (PeerTools.MissingReason(PeerTool.Libmodbus) is not null)
        {
            return;
        }

        _peer = PeerProcess.Start(PeerBuild.CompileLibmodbusProgram("libmodbus_server.c"));
        var line = await _peer.ReadLineAsync(TimeSpan.FromSeconds(20));
        Assert.StartsWith("ready ", line);
        Port = int.Parse(line["ready ".Length..], CultureInfo.InvariantCulture);
    }

    public Task DisposeAsync()
    {
        _peer?.Dispose();
        return Task.CompletedTask;
    }
}
