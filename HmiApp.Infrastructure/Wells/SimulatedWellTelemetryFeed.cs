using HmiApp.Domain.Modbus;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Modbus;
using HmiApp.Infrastructure.Simulation;
using HmiApp.Infrastructure.Simulation.Wells;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Wells;

/// <summary>
/// Reads each simulated well's registers over Modbus TCP, as the HMI would read a real controller, and
/// ingests the result. The HMI sees the simulated plant only through its registers. A failed read ingests
/// nothing: a gap in the telemetry is the truth, a made-up value is not.
/// </summary>
public sealed partial class SimulatedWellTelemetryFeed(
    SimulatedPlant plant,
    IOptions<SimulatorOptions> simulator,
    IOptions<WellTelemetryOptions> options,
    IWellTelemetryIngest ingest,
    ILoggerFactory logging,
    TimeProvider time) : BackgroundService
{
    private static readonly SimulatedRegister[] Telemetry = WellRegisterMap.Registers.Where(r => r.Table == ModbusTable.InputRegisters).ToArray();
    private static readonly SimulatedRegister RunningRegister = WellRegisterMap.Registers.Single(r => r.Name == "Running");
    private static readonly ushort FirstAddress = Telemetry.Min(r => r.Address);
    private static readonly int RegisterCount = Telemetry.Max(r => r.Address + r.Encoding.RegisterCount) - FirstAddress;

    private static readonly ModbusConnectionPolicy Policy = ModbusConnectionPolicy.Default with
    {
        ConnectTimeout = TimeSpan.FromSeconds(1),
        RequestTimeout = TimeSpan.FromMilliseconds(500),
        ReconnectDelayMax = TimeSpan.FromSeconds(5),
    };

    private readonly ILogger logger = logging.CreateLogger<SimulatedWellTelemetryFeed>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!simulator.Value.Enabled)
        {
            return;
        }

        await plant.Started.WaitAsync(stoppingToken);
        var clients = plant.Wells
            .Select(w => (w.Id, Client: new ModbusTcpClient(w.Endpoint.Address.ToString(), w.Endpoint.Port, Policy, logging.CreateLogger<ModbusTcpClient>(), time)))
            .ToList();
        try
        {
            var registers = clients.Select(_ => new ushort[RegisterCount]).ToArray();
            var bits = clients.Select(_ => new bool[1]).ToArray();
            using var timer = new PeriodicTimer(options.Value.SimulatedPollInterval, time);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await Task.WhenAll(clients.Select((c, i) => PollAsync(c.Id, c.Client, registers[i], bits[i], stoppingToken)));
            }
        }
        finally
        {
            foreach (var (_, client) in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    private async Task PollAsync(string wellId, ModbusTcpClient client, ushort[] registers, bool[] bits, CancellationToken cancellationToken)
    {
        try
        {
            await client.ReadInputRegistersAsync(WellRegisterMap.UnitId, FirstAddress, registers, cancellationToken);
            await client.ReadDiscreteInputsAsync(WellRegisterMap.UnitId, RunningRegister.Address, bits, cancellationToken);
        }
        catch (Exception ex) when (ex is ModbusException or IOException or System.Net.Sockets.SocketException or TimeoutException)
        {
            LogReadFailed(wellId, ex.Message);
            return;
        }

        double Value(string name)
        {
            var register = Telemetry.Single(r => r.Name == name);
            return PointCodec.Decode(registers.AsSpan(register.Address - FirstAddress, register.Encoding.RegisterCount), register.Encoding).Number;
        }

        var reading = new WellTelemetryReading(
            time.GetUtcNow(),
            Value("FlowRate"),
            Value("PumpIntakePressure"),
            Value("MotorCurrent"),
            Value("MotorTemperature"),
            Value("Vibration"),
            Value("VsdFrequency"),
            Value("FlowVariance"),
            Value("Torque"),
            Value("GasOilRatio"),
            Value("CurrentUnbalance"),
            Value("InsulationResistance"),
            PointCodec.DecodeBoolean(bits[0], RunningRegister.Encoding).Boolean);
        var errors = await ingest.IngestAsync(wellId, reading, cancellationToken);
        if (errors.Count > 0)
        {
            LogRefused(wellId, string.Join("; ", errors));
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Simulated well {WellId}: read failed, nothing ingested: {Reason}")]
    private partial void LogReadFailed(string wellId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Simulated well {WellId}: reading refused: {Errors}")]
    private partial void LogRefused(string wellId, string errors);
}
