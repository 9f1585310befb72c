using HmiApp.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>
/// At start-up: loads the current definitions into the engine, then takes over each alarm's status
/// from the journal, so unacknowledged and shelved alarms survive a restart.
/// </summary>
/// <remarks>It takes <see cref="AlarmMetrics"/> so that the meter exists from start-up, before anyone asks for it.</remarks>
public sealed class AlarmStartupService(IServiceScopeFactory scopes, AlarmEngine engine, AlarmMetrics metrics, ILogger<AlarmStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var definitions = await scope.ServiceProvider.GetRequiredService<AlarmDefinitionStore>().CurrentAsync(cancellationToken);
        engine.LoadDefinitions(definitions);
        var latest = await scope.ServiceProvider.GetRequiredService<AlarmJournalStore>().LatestPerAlarmAsync(cancellationToken);
        engine.Restore(latest);
        logger.LogInformation("Alarms: {Definitions} definitions loaded, {Active} alarms restored from the journal, meter {Meter}", definitions.Count, engine.ActiveAlarms().Count, AlarmMetrics.MeterName);
        GC.KeepAlive(metrics);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
