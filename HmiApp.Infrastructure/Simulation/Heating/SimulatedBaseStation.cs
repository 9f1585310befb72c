using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Modbus;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Simulation.Heating;

/// <summary>
/// Plays the Rehau base station against the HMI's gateway over Modbus TCP: each cycle it reads the
/// command registers (setpoint, state) of every zone and takes any change as the user's, then writes
/// its measurements and its current setpoints back, as the real station echoes them. Rooms warm or cool
/// toward their setpoints with thermal lag and the outside temperature.
/// </summary>
public sealed partial class SimulatedBaseStation(
    IOptions<SimulatorOptions> options,
    ILoggerFactory logging,
    TimeProvider time) : BackgroundService
{
    private const double MinSetpointC = 5;
    private const double MaxSetpointC = 35;

    private readonly ILogger logger = logging.CreateLogger<SimulatedBaseStation>();
    private readonly Dictionary<(int Base, int Zone), SimulatedRoom> rooms = [];

    public IReadOnlyDictionary<(int Base, int Zone), SimulatedRoom> Rooms => rooms;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.BaseStation;
        if (!options.Value.Enabled || !settings.Enabled)
        {
            return;
        }

        var noise = new Random(settings.Seed);
        for (var b = 1; b <= settings.Bases; b++)
        {
            for (var z = 1; z <= settings.ZonesPerBase; z++)
            {
                rooms[(b, z)] = new SimulatedRoom(18 + noise.NextDouble() * 3, 21.0, 45 + noise.NextDouble() * 5);
            }
        }

        await using var bus = new ModbusTcpClient(settings.GatewayHost, settings.GatewayPort, ModbusConnectionPolicy.Default, logging.CreateLogger<ModbusTcpClient>(), time);
        using var timer = new PeriodicTimer(settings.PollInterval, time);
        var last = time.GetTimestamp();
        do
        {
            var now = time.GetTimestamp();
            var elapsed = time.GetElapsedTime(last, now);
            last = now;
            try
            {
                await CycleAsync(bus, settings, elapsed, noise, stoppingToken);
            }
            catch (ModbusException ex)
            {
                // The gateway is the HMI: while it is away the station keeps its rooms and tries again.
                LogBusError(ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task CycleAsync(ModbusTcpClient bus, SimulatedBaseStationOptions settings, TimeSpan elapsed, Random noise, CancellationToken cancellationToken)
    {
        var unit = settings.UnitId;
        var command = new ushort[2];
        foreach (var ((b, z), room) in rooms)
        {
            await bus.ReadHoldingRegistersAsync(unit, NeaSmartRegisters.ZoneState(b, z), command, cancellationToken);
            if (command[0] is >= 1 and <= 6)
            {
                room.State = command[0];
            }

            // A real station refuses a setpoint no thermostat could have (also 0.0 from a blank register).
            if (KnxFloat16.Decode(command[1]) is { } setpoint and >= MinSetpointC and <= MaxSetpointC && !KnxFloat16.IsRehauStandby(command[1]))
            {
                room.SetpointC = setpoint;
            }

            room.Advance(elapsed, settings.RoomTimeConstant, settings.OutsideTemperatureC, noise);
            await bus.WriteMultipleRegistersAsync(unit, NeaSmartRegisters.ZoneState(b, z), new[] { (ushort)room.State, Knx(room.SetpointC), Knx(room.TemperatureC) }, cancellationToken);
            await bus.WriteSingleRegisterAsync(unit, NeaSmartRegisters.ZoneHumidity(b, z), (ushort)Math.Round(room.HumidityPercent), cancellationToken);
        }

        var outside = Knx(settings.OutsideTemperatureC + ((noise.NextDouble() - 0.5) * 0.2));
        await bus.WriteMultipleRegistersAsync(unit, NeaSmartRegisters.OutsideTemperature, new[] { outside, Knx(settings.OutsideTemperatureC) }, cancellationToken);
        var supply = Knx(35 + ((noise.NextDouble() - 0.5) * 0.5));
        var ret = Knx(30 + ((noise.NextDouble() - 0.5) * 0.5));
        await bus.WriteMultipleRegistersAsync(unit, NeaSmartRegisters.MixedCircuit(1), new ushort[] { 40, 1, supply, ret }, cancellationToken);
    }

    private static ushort Knx(double value) =>
        KnxFloat16.TryEncode(Math.Round(value, 2), out var raw, out var error) ? raw : throw new InvalidOperationException(error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Simulated base station cannot reach the gateway: {Reason}")]
    private partial void LogBusError(string reason);
}
