namespace HmiApp.Tests.Modbus.Net.Peers;

public sealed class ClientAgainstPymodbusServerTests(PymodbusServerFixture server) : IClassFixture<PymodbusServerFixture>
{
    [RequiresToolFact(PeerTool.Pymodbus)]
    public async Task Reads_every_table_the_peer_filled_for_each_unit()
    {
        await using var client = ModbusClients.Loopback(server.Port);
        await PeerServerChecks.ReadsEveryTableAsync(client, 1);
        await PeerServerChecks.ReadsEveryTableAsync(client, 2);
    }

    [RequiresToolFact(PeerTool.Pymodbus)]
    public async Task Out_of_range_read_surfaces_the_peers_exception_02()
    {
        await using var client = ModbusClients.Loopback(server.Port);
        await PeerServerChecks.OutOfRangeReadIsTypedExceptionAsync(client, 1);
    }
}
