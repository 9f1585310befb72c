using System.Net;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Modbus;
using HmiApp.Infrastructure.Simulation;
using HmiApp.Infrastructure.Simulation.Heating;
using HmiApp.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HmiApp.Tests.Simulation;

/// <summary>The simulated base station against a plain Modbus slave standing in for the HMI's gateway.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class SimulatedBaseStationTests : IAsyncLifetime
{
    private const byte Unit = 240;
    private readonly ModbusUnit gateway = ModbusUnit.InMemory();
    private ModbusTcpServer server = default!;
    private SimulatedBaseStation station = default!;

    public async Task InitializeAsync()
    {
        // A gateway that has not been written yet holds "not initialised" (0x7FFF) everywhere.
        gateway.HoldingRegisters.Write(0, Enumerable.Repeat(KnxFloat16.NoValuePattern, 6000).ToArray());
        server = new ModbusTcpServer(new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = 0 },
            new Dictionary<byte, IModbusUnit> { [Unit] = gateway }, NullLogger<ModbusTcpServer>.Instance);
        server.Start();
        station = new SimulatedBaseStation(Options.Create(new SimulatorOptions
        {
            Enabled = true,
            BaseStation = new SimulatedBaseStationOptions
            {
                Enabled = true,
                GatewayPort = server.LocalEndPoint.Port,
                UnitId = Unit,
                Bases = 2,
                ZonesPerBase = 3,
                PollInterval = TimeSpan.FromMilliseconds(100),
                RoomTimeConstant = TimeSpan.FromSeconds(1),
                OutsideTemperatureC = 4,
            },
        }), NullLoggerFactory.Instance, TimeProvider.System);
        await station.StartAsync(CancellationToken.None);
    }

    [Fact]
    public async Task It_writes_every_zone_temperature_in_DPT_9001_at_the_published_addresses()
    {
        foreach (var (b, z) in new[] { (1, 1), (1, 3), (2, 1), (2, 3) })
        {
            await Eventually.HoldsAsync(() => Temperature(NeaSmartRegisters.ZoneTemperature(b, z)) is > 10 and < 30, $"zone {b}/{z} temperature written", TimeSpan.FromSeconds(15));
        }

        Assert.Equal(2400 + 300 + 2, NeaSmartRegisters.ZoneTemperature(3, 3));
        await Eventually.HoldsAsync(() => Temperature(NeaSmartRegisters.OutsideTemperature) is > 3 and < 5, "outside temperature written", TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task A_setpoint_written_into_the_gateway_is_taken_up_and_the_room_follows_it()
    {
        var address = NeaSmartRegisters.ZoneSetpoint(1, 2);
        await Eventually.HoldsAsync(() => Temperature(address) is 21.0, "initial setpoint 21.0 written", TimeSpan.FromSeconds(15));

        Assert.True(KnxFloat16.TryEncode(26.0, out var raw, out _));
        gateway.HoldingRegisters.Write(address, [raw]);

        await Eventually.HoldsAsync(() => Temperature(NeaSmartRegisters.ZoneTemperature(1, 2)) is > 25.5 and < 26.5, "room 1/2 near its new setpoint", TimeSpan.FromSeconds(15));
        Assert.Equal(26.0, Temperature(address));
    }

    [Fact]
    public async Task Standby_lets_a_room_cool_toward_the_outside()
    {
        gateway.HoldingRegisters.Write(NeaSmartRegisters.ZoneState(2, 1), [3]);

        await Eventually.HoldsAsync(() => Temperature(NeaSmartRegisters.ZoneTemperature(2, 1)) is < 5, "room 2/1 cooled toward outside", TimeSpan.FromSeconds(15));
    }

    private double? Temperature(ushort address)
    {
        Span<ushort> raw = stackalloc ushort[1];
        gateway.HoldingRegisters.Read(address, raw);
        return KnxFloat16.Decode(raw[0]);
    }

    public async Task DisposeAsync()
    {
        await station.StopAsync(CancellationToken.None);
        station.Dispose();
        await server.DisposeAsync();
    }
}
