namespace HmiApp.Tests.Modbus.Net.Peers;

/// <summary>Writes get their own peer process so the read tests see the peer's untouched pattern.</summary>
public sealed class ClientWritesToPymodbusServerTests(PymodbusServerFixture server) : IClassFixture<PymodbusServerFixture>
{
    [RequiresToolFact(PeerTool.Pymodbus)]
    public async Task Writes_of_every_function_reach_the_peer()
    {
        await using var client = ModbusClients.Loopback(server.Port);
        await PeerServerChecks.WritesEveryKindAsync(client, 2, (table, address, count) => server.Peer.GetValuesAsync($"get 2 {table} {address} {count}"));
    }
}
