using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Files;
using HmiApp.Infrastructure.Acquisition.Polling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Simulation;

/// <summary>
/// On a fresh embedded default (simulator on, no devices configured yet) applies
/// <see cref="SimulatedPlantPointMap"/> through the same import path an admin uses, so it is checked
/// and recorded in the change history like any other map. A map an admin has applied is never replaced.
/// </summary>
public sealed partial class SimulatedPlantMapSeeder(
    IOptions<SimulatorOptions> options,
    AcquisitionEngine engine,
    PointMapService pointMaps,
    ILogger<SimulatedPlantMapSeeder> logger) : IHostedService
{
    public const string AppliedBy = "simulator (embedded default)";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || engine.Current.Map.Devices.Count > 0)
        {
            return;
        }

        var map = SimulatedPlantPointMap.Build(options.Value);
        var preview = pointMaps.Preview(PointMapFormat.Yaml, PointMapFiles.Write(PointMapFormat.Yaml, map));
        var changes = await pointMaps.ApplyAsync(preview, AppliedBy, cancellationToken);
        LogSeeded(map.Devices.Count, map.Points.Count, changes.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded default: applied the simulated plant's point map ({Devices} devices, {Points} points, {Changes} changes)")]
    private partial void LogSeeded(int devices, int points, int changes);
}
