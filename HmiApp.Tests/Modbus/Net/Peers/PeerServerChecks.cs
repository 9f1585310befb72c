using HmiApp.Infrastructure.Modbus;

namespace HmiApp.Tests.Modbus.Net.Peers;

/// <summary>Checks shared by the tests of our client against the pymodbus and libmodbus servers.</summary>
public static class PeerServerChecks
{
    public static async Task ReadsEveryTableAsync(ModbusTcpClient client, byte unit)
    {
        var registers = new ushort[125];
        foreach (var start in new[] { 0, 175 })
        {
            await client.ReadHoldingRegistersAsync(unit, (ushort)start, registers);
            Assert.Equal(Enumerable.Range(start, 125).Select(a => PeerPattern.HoldingRegister(unit, a)), registers);
            await client.ReadInputRegistersAsync(unit, (ushort)start, registers);
            Assert.Equal(Enumerable.Range(start, 125).Select(a => PeerPattern.InputRegister(unit, a)), registers);
        }

        var bits = new bool[PeerPattern.Size - 3];
        await client.ReadCoilsAsync(unit, 3, bits);
        Assert.Equal(Enumerable.Range(3, bits.Length).Select(a => PeerPattern.Coil(unit, a)), bits);
        await client.ReadDiscreteInputsAsync(unit, 3, bits);
        Assert.Equal(Enumerable.Range(3, bits.Length).Select(a => PeerPattern.DiscreteInput(unit, a)), bits);

        var one = new bool[1];
        await client.ReadCoilsAsync(unit, 299, one);
        Assert.Equal(PeerPattern.Coil(unit, 299), one[0]);
    }

    /// <summary>Writes with every write function; <paramref name="peerGet"/> reads the peer's own table ("hr"/"co", address, count).</summary>
    public static async Task WritesEveryKindAsync(ModbusTcpClient client, byte unit, Func<string, int, int, Task<int[]>> peerGet)
    {
        await client.WriteSingleRegisterAsync(unit, 10, 0xBEEF);
        Assert.Equal(new[] { 0xBEEF }, await peerGet("hr", 10, 1));

        var block = Enumerable.Range(0, 123).Select(i => (ushort)((i * 521) ^ 0xA5A5)).ToArray();
        await client.WriteMultipleRegistersAsync(unit, 100, block);
        Assert.Equal(block.Select(v => (int)v), await peerGet("hr", 100, 123));

        var wasSet = PeerPattern.Coil(unit, 7);
        await client.WriteSingleCoilAsync(unit, 7, !wasSet);
        Assert.Equal(new[] { wasSet ? 0 : 1 }, await peerGet("co", 7, 1));

        var coils = Enumerable.Range(0, 37).Select(i => i % 4 == 1 || i == 36).ToArray();
        await client.WriteMultipleCoilsAsync(unit, 40, coils);
        Assert.Equal(coils.Select(c => c ? 1 : 0), await peerGet("co", 40, 37));

        var readBack = new ushort[6];
        await client.ReadWriteMultipleRegistersAsync(unit, 60, readBack, 60, new ushort[] { 1, 2, 65535 });
        Assert.Equal(new[] { 1, 2, 65535 }, await peerGet("hr", 60, 3));
        Assert.Equal(new ushort[] { 1, 2, 65535, PeerPattern.HoldingRegister(unit, 63), PeerPattern.HoldingRegister(unit, 64), PeerPattern.HoldingRegister(unit, 65) }, readBack);
    }

    public static async Task OutOfRangeReadIsTypedExceptionAsync(ModbusTcpClient client, byte unit)
    {
        var error = await Assert.ThrowsAsync<ModbusExceptionResponse>(
            async () => await client.ReadHoldingRegistersAsync(unit, 298, new ushort[5]));
        Assert.Equal(ModbusExceptionCode.IllegalDataAddress, error.Code);
        Assert.Equal(ModbusFunctionCode.ReadHoldingRegisters, error.Function);
        Assert.Contains($"Unit {unit}", error.Message);
        Assert.Contains("address 298", error.Message);
        Assert.Contains("ReadHoldingRegisters", error.Message);

        // The connection stays usable after an exception response.
        var after = new ushort[1];
        await client.ReadHoldingRegistersAsync(unit, 299, after);
        Assert.Equal(PeerPattern.HoldingRegister(unit, 299), after[0]);
    }
}
