using HmiApp.Infrastructure.Modbus;

namespace HmiApp.Tests.Modbus.Net.Peers;

/// <summary>
/// One scenario run by the pymodbus and libmodbus client peers against our server: reads of every table, writes of
/// every kind, exception answers, several unit ids. Commands follow the language of pymodbus_client.py.
/// </summary>
public static class PeerClientScenario
{
    private static readonly (string Command, string Expected)[] Steps =
    [
        ("rhr 1 0 5", "ok 1 2 3 40000 65535"),
        ("rir 1 0 3", "ok 7 8 9"),
        ("rco 1 0 10", "ok 1 0 0 1 0 0 1 0 0 1"),
        ("rdi 1 0 10", "ok 0 1 1 0 1 1 0 1 1 0"),
        ("rhr 5 0 1", "ok 555"),
        ("rhr 255 0 1", "ok 2550"),
        ("whr 1 100 4660", "ok"),
        ("whrs 1 110 1,2,3", "ok"),
        ("wco 1 20 1", "ok"),
        ("wcos 1 30 1,0,1,1,0,0,0,0,1", "ok"),
        ("rw 1 200 2 201 9", "ok 0 9"),
        ("rhr 1 999 2", "exception 2"),
        ("rco 1 990 20", "exception 2"),
        ("whr 1 1000 1", "exception 2"),
        ("rhr 9 0 1", "exception 11"),
    ];

    public static string[] Commands => Steps.Select(s => s.Command).ToArray();

    public static TestServer StartServer()
    {
        var server = new TestServer(new ModbusTcpServerOptions { UnknownUnit = UnknownUnitResponse.GatewayTargetFailedToRespond }, 1, 5, 255);
        server[1].HoldingRegisters.Write(0, [1, 2, 3, 40000, 65535]);
        server[1].InputRegisters.Write(0, [7, 8, 9]);
        server[1].Coils.Write(0, Enumerable.Range(0, 10).Select(i => i % 3 == 0).ToArray());
        server[1].DiscreteInputs.Write(0, Enumerable.Range(0, 10).Select(i => i % 3 != 0).ToArray());
        server[5].HoldingRegisters.Write(0, [555]);
        server[255].HoldingRegisters.Write(0, [2550]);
        return server;
    }

    public static void Check(TestServer server, string[] output)
    {
        Assert.Equal(Steps.Select(s => $"{s.Command} => {s.Expected}"), Steps.Select((s, i) => $"{s.Command} => {(i < output.Length ? output[i] : "(nothing)")}"));

        var registers = new ushort[3];
        server[1].HoldingRegisters.Read(110, registers);
        Assert.Equal(new ushort[] { 1, 2, 3 }, registers);
        server[1].HoldingRegisters.Read(100, registers.AsSpan(0, 1));
        Assert.Equal(4660, registers[0]);
        server[1].HoldingRegisters.Read(201, registers.AsSpan(0, 1));
        Assert.Equal(9, registers[0]);
        var coils = new bool[9];
        server[1].Coils.Read(30, coils);
        Assert.Equal(new[] { true, false, true, true, false, false, false, false, true }, coils);
        server[1].Coils.Read(20, coils.AsSpan(0, 1));
        Assert.True(coils[0]);
    }
}
