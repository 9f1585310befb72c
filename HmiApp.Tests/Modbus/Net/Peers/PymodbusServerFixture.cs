namespace HmiApp.Tests.Modbus.Net.Peers;

/// <summary>One pymodbus 3.0 server process (units 1 and 2) shared by the tests of a class.</summary>
public sealed class PymodbusServerFixture : IAsyncLifetime
{
    private PeerProcess? _peer;

    public int Port { get; private set; }

    public PeerProcess Peer => _peer ?? throw new InvalidOperationException("pymodbus is not installed; the test should have been skipped.");

    public async Task InitializeAsync()
    {
        if (PeerTools.MissingReason(PeerTool.Pymodbus) is not null)
        {
            return;
        }

        Port = FreePort.Next();
        _peer = PeerProcess.Start(PeerTools.SystemPython, PeerBuild.PeerSource("pymodbus_server.py"), Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var line = await _peer.ReadLineAsync(TimeSpan.FromSeconds(20));
        Assert.True(line == "ready", $"pymodbus server printed '{line}' instead of 'ready'. stderr: {_peer.StandardError}");
    }

    public Task DisposeAsync()
    {
        _peer?.Dispose();
        return Task.CompletedTask;
    }
}
