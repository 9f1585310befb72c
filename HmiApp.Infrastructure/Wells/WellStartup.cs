using HmiApp.Infrastructure.Simulation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Wells;

/// <summary>
/// Loads the stored wells before anything reads or evaluates them, and with the simulator on adds each
/// simulated well that is not stored yet, so the embedded default shows diagnoses from its first minute.
/// </summary>
public sealed class WellStartup(WellStore store, WellSettingsStore settings, SimulatedPlant plant, IOptions<SimulatorOptions> simulator) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.LoadAsync(cancellationToken);
        await settings.LoadAsync(cancellationToken);
        if (!simulator.Value.Enabled)
        {
            return;
        }

        await plant.Started.WaitAsync(cancellationToken);
        foreach (var well in plant.Wells)
        {
            await store.AddAsync(well.Well, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
