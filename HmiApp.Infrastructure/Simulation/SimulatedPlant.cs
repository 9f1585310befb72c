using System.Net;
using HmiApp.Infrastructure.Simulation.Devices;
using HmiApp.Infrastructure.Simulation.TestDevice;
using HmiApp.Infrastructure.Simulation.Wells;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Simulation;

/// <summary>
/// The built-in plant: simulated ESP wells and a test device, each a Modbus TCP server on its own
/// loopback port, stepped in real time. Faults are injected through <see cref="Wells"/> and <see cref="Devices"/>.
/// </summary>
public sealed partial class SimulatedPlant(IOptions<SimulatorOptions> options, ILoggerFactory logging, TimeProvider time) : BackgroundService
{
    private readonly ILogger logger = logging.CreateLogger<SimulatedPlant>();
    // Replaced whole, never changed in place: pages and REST read it while the plant starts and stops.
    private IReadOnlyList<SimulatedDevice> devices = [];
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<SimulatedDevice> Devices => devices;

    public IEnumerable<SimulatedWell> Wells => devices.OfType<SimulatedWell>();

    /// <summary>Completes once every device listens.</summary>
    public Task Started => started.Task;

    public SimulatedDevice? FindDevice(string id) => devices.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            started.TrySetResult();
            return Task.CompletedTask;
        }

        // Devices listen before the host finishes starting, so pollers never meet a refused port at start-up.
        var now = time.GetUtcNow();
        var created = new List<SimulatedDevice>();
        foreach (var well in settings.Wells)
        {
            created.Add(SimulatedWell.Create(well, settings.DeviceFaults, now, logging, time));
        }

        if (settings.TestDevicePort != 0)
        {
            created.Add(SimulatedTestDevice.Create("TEST-1", new IPEndPoint(IPAddress.Parse(settings.TestDeviceBindAddress), settings.TestDevicePort), settings.DeviceFaults, logging, time));
        }

        devices = created;
        foreach (var device in created)
        {
            LogListening(device.Kind, device.Id, device.Endpoint.ToString(), device.UnitId);
        }

        started.TrySetResult();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.StepInterval, time);
        var last = time.GetTimestamp();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var now = time.GetTimestamp();
            var elapsed = time.GetElapsedTime(last, now) * options.Value.TimeScale;
            last = now;
            if (elapsed <= TimeSpan.Zero)
            {
                continue;
            }

            foreach (var device in devices)
            {
                device.Advance(elapsed);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // The host may stop us more than once (stop, then dispose); the devices go only once.
        var stopping = Interlocked.Exchange(ref devices, []);
        foreach (var device in stopping)
        {
            await device.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Simulated {Kind} {DeviceId} listening on {Endpoint}, unit {UnitId}")]
    private partial void LogListening(string kind, string deviceId, string endpoint, byte unitId);
}
