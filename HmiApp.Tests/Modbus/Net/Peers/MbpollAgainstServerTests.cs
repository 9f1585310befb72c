using System.Globalization;
using System.Text.RegularExpressions;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Modbus;

namespace HmiApp.Tests.Modbus.Net.Peers;

/// <summary>mbpoll (libmodbus based, references one-based unless -0) against our server.</summary>
public sealed partial class MbpollAgainstServerTests
{
    [RequiresToolFact(PeerTool.Mbpoll)]
    public async Task Reads_every_table_one_based_and_zero_based()
    {
        await using var server = StartServer();
        server[1].HoldingRegisters.Write(0, [100, 200, 300]);
        server[1].InputRegisters.Write(4, [4, 5]);
        server[1].Coils.Write(9, [true, false, true]);
        server[1].DiscreteInputs.Write(0, [false, true]);
        server[7].HoldingRegisters.Write(0, [7777]);

        Assert.Equal(["100", "200", "300"], Values(await Mbpoll(server, "-a", "1", "-r", "1", "-c", "3", "-t", "4")));
        Assert.Equal(["4", "5"], Values(await Mbpoll(server, "-a", "1", "-0", "-r", "4", "-c", "2", "-t", "3")));
        Assert.Equal(["1", "0", "1"], Values(await Mbpoll(server, "-a", "1", "-r", "10", "-c", "3", "-t", "0")));
        Assert.Equal(["0", "1"], Values(await Mbpoll(server, "-a", "1", "-0", "-r", "0", "-c", "2", "-t", "1")));
        Assert.Equal(["7777"], Values(await Mbpoll(server, "-a", "7", "-r", "1", "-t", "4")));
    }

    [RequiresToolFact(PeerTool.Mbpoll)]
    public async Task Reads_floats_and_32_bit_integers_in_both_word_orders()
    {
        await using var server = StartServer();
        // mbpoll's default word order is little endian (low word first, CDAB); -B is big endian (ABCD).
        Put(server, 10, PointDataType.Float32, ByteOrder.CDAB, 123.456);
        Put(server, 20, PointDataType.Float32, ByteOrder.ABCD, -0.015625);
        Put(server, 30, PointDataType.Int32, ByteOrder.CDAB, -1234567);
        Put(server, 40, PointDataType.Int32, ByteOrder.ABCD, 2000000001);

        Assert.Equal(123.456f, Float(await Mbpoll(server, "-a", "1", "-0", "-r", "10", "-t", "4:float")), 3);
        Assert.Equal(-0.015625f, Float(await Mbpoll(server, "-a", "1", "-0", "-r", "20", "-t", "4:float", "-B")), 6);
        Assert.Equal(["-1234567"], Values(await Mbpoll(server, "-a", "1", "-0", "-r", "30", "-t", "4:int")));
        Assert.Equal(["2000000001"], Values(await Mbpoll(server, "-a", "1", "-0", "-r", "40", "-t", "4:int", "-B")));
    }

    [RequiresToolFact(PeerTool.Mbpoll)]
    public async Task Writes_registers_coils_and_floats_in_both_word_orders()
    {
        await using var server = StartServer();

        await Mbpoll(server, "-a", "1", "-r", "101", "-t", "4", "127.0.0.1", "--", "5", "6", "65535");
        await Mbpoll(server, "-a", "1", "-0", "-r", "50", "-t", "0", "127.0.0.1", "1", "0", "1", "1");
        await Mbpoll(server, "-a", "1", "-0", "-r", "60", "-t", "4:float", "127.0.0.1", "--", "-2.5");
        await Mbpoll(server, "-a", "1", "-0", "-r", "70", "-t", "4:float", "-B", "127.0.0.1", "--", "1013.25");
        await Mbpoll(server, "-a", "7", "-0", "-r", "80", "-t", "4:int", "-B", "127.0.0.1", "--", "-70000");

        var registers = new ushort[3];
        server[1].HoldingRegisters.Read(100, registers);
        Assert.Equal(new ushort[] { 5, 6, 65535 }, registers);
        var coils = new bool[4];
        server[1].Coils.Read(50, coils);
        Assert.Equal(new[] { true, false, true, true }, coils);
        Assert.Equal(-2.5, Get(server[1], 60, PointDataType.Float32, ByteOrder.CDAB));
        Assert.Equal(1013.25, Get(server[1], 70, PointDataType.Float32, ByteOrder.ABCD));
        Assert.Equal(-70000, Get(server[7], 80, PointDataType.Int32, ByteOrder.ABCD));
    }

    [RequiresToolFact(PeerTool.Mbpoll)]
    public async Task Sees_exception_answers_for_bad_addresses_and_unknown_units()
    {
        await using var server = StartServer();

        var outOfRange = await MbpollRaw(server, "-a", "1", "-0", "-r", "998", "-c", "5", "-t", "4");
        Assert.NotEqual(0, outOfRange.ExitCode);
        Assert.Contains("Illegal data address", outOfRange.Output + outOfRange.Error);

        var unknownUnit = await MbpollRaw(server, "-a", "9", "-r", "1", "-t", "4");
        Assert.NotEqual(0, unknownUnit.ExitCode);
        Assert.Contains("Target device failed to respond", unknownUnit.Output + unknownUnit.Error);
    }

    private static TestServer StartServer() =>
        new(new ModbusTcpServerOptions { UnknownUnit = UnknownUnitResponse.GatewayTargetFailedToRespond }, 1, 7);

    private static void Put(TestServer server, ushort address, PointDataType type, ByteOrder order, double value)
    {
        var registers = new ushort[2];
        PointCodec.Encode(PointValue.FromNumber(value), new PointEncoding(type, order), registers);
        server[1].HoldingRegisters.Write(address, registers);
    }

    private static double Get(IModbusUnit unit, ushort address, PointDataType type, ByteOrder order)
    {
        var registers = new ushort[2];
        unit.HoldingRegisters.Read(address, registers);
        return PointCodec.Decode(registers, new PointEncoding(type, order)).Number;
    }

    private static async Task<string> Mbpoll(TestServer server, params string[] arguments)
    {
        var run = await MbpollRaw(server, arguments);
        Assert.True(run.ExitCode == 0, $"mbpoll {string.Join(' ', arguments)} failed ({run.ExitCode}): {run.Output}\n{run.Error}");
        return run.Output;
    }

    private static Task<ToolRun.Result> MbpollRaw(TestServer server, params string[] arguments)
    {
        var isWrite = arguments.Contains("127.0.0.1");
        string[] common = ["-m", "tcp", "-p", server.Port.ToString(CultureInfo.InvariantCulture), "-o", "2"];
        return ToolRun.RunAsync("mbpoll", isWrite ? [.. common, .. arguments] : [.. common, "-1", .. arguments, "127.0.0.1"]);
    }

    private static string[] Values(string output) =>
        ValueLine().Matches(output).Select(m => m.Groups[1].Value).ToArray();

    private static float Float(string output) => float.Parse(Values(output).Single(), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\[\d+\]:\s+(-?[0-9.e+-]+)", RegexOptions.Multiline)]
    private static partial Regex ValueLine();
}
