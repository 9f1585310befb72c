namespace HmiApp.Tests.Modbus.Net.Peers;

public sealed class PeerClientsAgainstServerTests
{
    [RequiresToolFact(PeerTool.Pymodbus)]
    public async Task Pymodbus_client_reads_writes_and_gets_exceptions_from_our_server()
    {
        await using var server = PeerClientScenario.StartServer();

        var run = await ToolRun.RunAsync(PeerTools.SystemPython, [PeerBuild.PeerSource("pymodbus_client.py"), server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. PeerClientScenario.Commands]);

        Assert.True(run.ExitCode == 0, run.Error);
        PeerClientScenario.Check(server, run.Lines);
    }

    [RequiresToolFact(PeerTool.Libmodbus)]
    public async Task Libmodbus_client_reads_writes_and_gets_exceptions_from_our_server()
    {
        await using var server = PeerClientScenario.StartServer();

        var run = await ToolRun.RunAsync(PeerBuild.CompileLibmodbusProgram("libmodbus_client.c"), [server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. PeerClientScenario.Commands]);

        Assert.True(run.ExitCode == 0, run.Error);
        PeerClientScenario.Check(server, run.Lines);
    }
}
