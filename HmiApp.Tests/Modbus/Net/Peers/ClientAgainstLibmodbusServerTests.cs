namespace HmiApp.Tests.Modbus.Net.Peers;

public sealed class ClientAgainstLibmodbusServerTests(LibmodbusServerFixture server) : IClassFixture<LibmodbusServerFixture>
{
    [RequiresToolFact(PeerTool.Libmodbus)]
    public async Task Reads_every_table_the_peer_filled()
    {
        await using var client = ModbusClients.Loopback(server.Port);
        await PeerServerChecks.ReadsEveryTableAsync(client, 1);
    }

    [RequiresToolFact(PeerTool.Libmodbus)]
    public async Task Out_of_range_read_surfaces_the_peers_exception_02()
    {
        await using var client = ModbusClients.Loopback(server.Port);
        await PeerServerChecks.OutOfRangeReadIsTypedExceptionAsync(client, 1);
    }
}
