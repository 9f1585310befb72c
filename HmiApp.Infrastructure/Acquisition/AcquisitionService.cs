using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Mqtt;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Acquisition;

/// <summary>Loads the stored point map at start, schedules its poll jobs and MQTT subscriptions, and runs the stale sweep.</summary>
public sealed partial class AcquisitionService(
    PointMapService maps,
    AcquisitionEngine engine,
    MqttAcquisition mqtt,
    IOptions<AcquisitionOptions> options,
    TimeProvider time,
    ILogger<AcquisitionService> logger) : BackgroundService
{
    private volatile bool _loaded;

    public bool Loaded => _loaded;

    /// <summary>Loads the map before the host reports started, so that a started node is a ready node.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await maps.ReloadAsync(cancellationToken);
        _loaded = true;
        LogLoaded(engine.Current.Map.Devices.Count, engine.Current.Map.Points.Count, engine.Scans.Count);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            engine.SweepStale();
            mqtt.SweepStale();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Acquisition loaded {Devices} devices, {Points} points in {Jobs} poll jobs")]
    private partial void LogLoaded(int devices, int points, int jobs);
}
