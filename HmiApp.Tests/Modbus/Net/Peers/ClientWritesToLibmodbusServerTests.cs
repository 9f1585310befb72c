namespace HmiApp.Tests.Modbus.Net.Peers;

/// <summary>Writes get their own peer process so the read tests see the peer's untouched pattern.</summary>
public sealed class ClientWritesToLibmodbusServerTests(LibmodbusServerFixture server) : IClassFixture<LibmodbusServerFixture>
{
    [RequiresToolFact(PeerTool.Libmodbus)]
    public async Task Writes_of_every_function_reach_the_peer()
    {
        await using var client = ModbusClients.Loopback(server.Port);
        await PeerServerChecks.WritesEveryKindAsync(client, 1, (table, address, count) => server.Peer.GetValuesAsync($"get {table} {address} {count}"));
    }

    [RequiresToolFact(PeerTool.Libmodbus)]
    public async Task Broadcast_write_expects_no_answer_and_the_answer_libmodbus_sends_anyway_is_discarded()
    {
        await using var client = ModbusClients.Loopback(server.Port);
        await client.WriteSingleRegisterAsync(0, 280, 4242);

        // libmodbus answers broadcasts on TCP; that answer must not be taken for the next request's.
        var read = new ushort[2];
        await client.ReadHoldingRegistersAsync(1, 281, read);
        Assert.Equal(new[] { PeerPattern.HoldingRegister(1, 281), PeerPattern.HoldingRegister(1, 282) }, read);
        Assert.Equal(new[] { 4242 }, await server.Peer.GetValuesAsync("get hr 280 1"));
    }
}
