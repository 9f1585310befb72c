using System.Net;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Modbus;
using HmiApp.Infrastructure.Simulation;
using HmiApp.Infrastructure.Simulation.Devices;
using HmiApp.Infrastructure.Simulation.TestDevice;
using HmiApp.Infrastructure.Simulation.Wells;
using HmiApp.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmiApp.Tests.Simulation;

/// <summary>The simulated devices as a poller meets them: through Modbus TCP with the product's client.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class SimulatedDeviceTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    private static readonly ModbusConnectionPolicy FastPolicy = ModbusConnectionPolicy.Default with
    {
        RequestTimeout = TimeSpan.FromMilliseconds(500),
        ReconnectDelayMin = TimeSpan.FromMilliseconds(20),
        ReconnectDelayMax = TimeSpan.FromMilliseconds(100),
    };

    [Fact]
    public async Task The_test_device_serves_every_data_type_and_byte_order_with_its_known_value()
    {
        await using var device = SimulatedTestDevice.Create("TEST-1", Loopback(), new DeviceFaultSettings(), NullLoggerFactory.Instance, TimeProvider.System);
        await using var client = Client(device);

        Assert.True(TestDeviceRegisterMap.Entries.Count >= 30, "every type x byte order is listed");
        foreach (var (register, expected) in TestDeviceRegisterMap.Entries)
        {
            var actual = await ReadAsync(client, device.UnitId, register);
            if (expected.Kind == PointValueKind.Number)
            {
                Assert.True(Math.Abs(actual.Number - expected.Number) < 1e-9, $"{register.Name}: read {actual}, expected {expected}");
            }
            else
            {
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public async Task A_well_publishes_consistent_telemetry_and_obeys_setpoint_and_run_commands_with_clamping()
    {
        await using var well = Well();
        await using var client = Client(well);
        well.Advance(TimeSpan.FromMinutes(3));

        var flow = await ReadAsync(client, well.UnitId, Register("FlowRate"));
        var current = await ReadAsync(client, well.UnitId, Register("MotorCurrent"));
        Assert.InRange(flow.Number, 500, 5000);
        Assert.InRange(current.Number, 10, 60);
        Assert.True((await ReadAsync(client, well.UnitId, Register("Running"))).Boolean);

        await WriteAsync(client, well.UnitId, Register("FrequencySetpoint"), 45);
        Assert.Equal(45, (await ReadAsync(client, well.UnitId, Register("FrequencySetpoint"))).Number);
        well.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(45, (await ReadAsync(client, well.UnitId, Register("VsdFrequency"))).Number, 0.5);
        Assert.True((await ReadAsync(client, well.UnitId, Register("FlowRate"))).Number < flow.Number, "lower frequency, lower flow");

        await WriteAsync(client, well.UnitId, Register("FrequencySetpoint"), 95);
        Assert.Equal(SimulatedWell.MaxFrequencyHz, (await ReadAsync(client, well.UnitId, Register("FrequencySetpoint"))).Number);

        await WriteAsync(client, well.UnitId, Register("RunCommand"), 0);
        well.Advance(TimeSpan.FromMinutes(2));
        Assert.False((await ReadAsync(client, well.UnitId, Register("Running"))).Boolean);
        Assert.Equal(0, (await ReadAsync(client, well.UnitId, Register("RunCommand"))).Number);
    }

    [Fact]
    public async Task A_broken_shaft_shows_through_modbus_as_current_near_no_load_and_flow_lost()
    {
        await using var well = Well();
        await using var client = Client(well);
        well.Advance(TimeSpan.FromMinutes(3));
        var before = await ReadAsync(client, well.UnitId, Register("MotorCurrent"));

        well.StartFault(WellFault.BrokenShaft);
        well.Advance(TimeSpan.FromMinutes(2));

        var current = (await ReadAsync(client, well.UnitId, Register("MotorCurrent"))).Number;
        var flow = (await ReadAsync(client, well.UnitId, Register("FlowRate"))).Number;
        Assert.True(current < 0.5 * before.Number, $"current {current} A after, {before.Number} A before");
        Assert.True(flow < 200, $"flow {flow} bbl/d");

        well.ClearFault(WellFault.BrokenShaft);
        well.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await ReadAsync(client, well.UnitId, Register("MotorCurrent"))).Number > 0.8 * before.Number);
    }

    [Fact]
    public async Task Stop_answering_times_out_and_clearing_it_answers_again()
    {
        await using var well = Well();
        await using var client = Client(well);
        await ReadAsync(client, well.UnitId, Register("FlowRate"));

        well.StartFault(DeviceFault.StopAnswering);
        await Assert.ThrowsAsync<ModbusTimeoutException>(() => ReadAsync(client, well.UnitId, Register("FlowRate")).AsTask());

        well.ClearFault(DeviceFault.StopAnswering);
        await Eventually(async () => (await ReadAsync(client, well.UnitId, Register("FlowRate"))).HasValue);
    }

    [Fact]
    public async Task Answer_slowly_holds_answers_past_the_request_timeout()
    {
        await using var well = Well(new DeviceFaultSettings { SlowAnswerDelay = TimeSpan.FromMilliseconds(900) });
        await using var client = Client(well);
        well.StartFault(DeviceFault.AnswerSlowly);

        await Assert.ThrowsAsync<ModbusTimeoutException>(() => ReadAsync(client, well.UnitId, Register("FlowRate")).AsTask());

        well.ClearFault(DeviceFault.AnswerSlowly);
        // The late answer of the timed-out request must not be taken for a later one.
        await Eventually(async () => Math.Abs((await ReadAsync(client, well.UnitId, Register("RunCommand"))).Number - 1) < 1e-9);
    }

    [Fact]
    public async Task Answer_garbage_is_rejected_by_the_client_not_taken_as_values()
    {
        await using var well = Well();
        await using var client = Client(well);
        well.StartFault(DeviceFault.AnswerGarbage);

        var error = await Record.ExceptionAsync(() => ReadAsync(client, well.UnitId, Register("FlowRate")).AsTask());

        Assert.True(error is ModbusException, $"expected a Modbus error, got {error?.GetType().Name ?? "a value"}");
    }

    [Fact]
    public async Task Drop_idle_connections_closes_a_quiet_connection_and_the_client_recovers()
    {
        await using var well = Well(new DeviceFaultSettings { IdleDropAfter = TimeSpan.FromMilliseconds(300) });
        await using var client = Client(well);
        well.StartFault(DeviceFault.DropIdleConnections);
        await ReadAsync(client, well.UnitId, Register("FlowRate"));

        await Eventually(() => Task.FromResult(well.OpenConnections == 0));

        Assert.True((await ReadAsync(client, well.UnitId, Register("FlowRate"))).HasValue);
    }

    [Fact]
    public async Task Accept_one_connection_only_closes_a_second_poller()
    {
        await using var well = Well();
        await using var first = Client(well);
        await using var second = Client(well);
        well.StartFault(DeviceFault.AcceptOneConnectionOnly);
        await ReadAsync(first, well.UnitId, Register("FlowRate"));

        await Assert.ThrowsAnyAsync<ModbusException>(() => ReadAsync(second, well.UnitId, Register("FlowRate")).AsTask());
        Assert.True((await ReadAsync(first, well.UnitId, Register("FlowRate"))).HasValue);
    }

    private static SimulatedWell Well(DeviceFaultSettings? faults = null) => SimulatedWell.Create(
        new SimulatedWellOptions { Id = "W-T", Name = "Test well", Port = FreePort.Next(), Seed = 7, InitialFrequencyHz = 55 },
        faults ?? new DeviceFaultSettings(),
        Start,
        NullLoggerFactory.Instance,
        TimeProvider.System);

    private static IPEndPoint Loopback() => new(IPAddress.Loopback, FreePort.Next());

    private static SimulatedRegister Register(string name) => WellRegisterMap.Registers.Single(r => r.Name == name);

    private static ModbusTcpClient Client(SimulatedDevice device) =>
        new("127.0.0.1", device.Endpoint.Port, FastPolicy, NullLogger<ModbusTcpClient>.Instance);

    private static async ValueTask<PointValue> ReadAsync(ModbusTcpClient client, byte unit, SimulatedRegister register)
    {
        if (register.Table is ModbusTable.Coils or ModbusTable.DiscreteInputs)
        {
            var bits = new bool[1];
            if (register.Table == ModbusTable.Coils)
            {
                await client.ReadCoilsAsync(unit, register.Address, bits);
            }
            else
            {
                await client.ReadDiscreteInputsAsync(unit, register.Address, bits);
            }

            return PointCodec.DecodeBoolean(bits[0], register.Encoding);
        }

        var words = new ushort[register.Encoding.RegisterCount];
        if (register.Table == ModbusTable.HoldingRegisters)
        {
            await client.ReadHoldingRegistersAsync(unit, register.Address, words);
        }
        else
        {
            await client.ReadInputRegistersAsync(unit, register.Address, words);
        }

        return PointCodec.Decode(words, register.Encoding);
    }

    private static async Task WriteAsync(ModbusTcpClient client, byte unit, SimulatedRegister register, double value)
    {
        var words = new ushort[register.Encoding.RegisterCount];
        PointCodec.Encode(PointValue.FromNumber(value), register.Encoding, words);
        await client.WriteMultipleRegistersAsync(unit, register.Address, words);
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await condition())
                {
                    return;
                }
            }
            catch (ModbusException ex)
            {
                last = ex;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("Condition not met within 10 s." + (last is null ? "" : " Last error: " + last.Message));
    }
}
