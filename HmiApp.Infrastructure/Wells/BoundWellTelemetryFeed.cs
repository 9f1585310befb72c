using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Infrastructure.Acquisition.Polling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Wells;

/// <summary>
/// Feeds each well whose fields are all bound to points from acquisition's current values: one reading per
/// new poll of its points. A bound point that is not Good (stale, bad, or not read yet) makes the well's
/// telemetry stale and ingests nothing; a gap in the telemetry is the truth, a last good value passed off as
/// fresh is not. The devices are read once, by acquisition; this only reads the current-value table.
/// </summary>
public sealed partial class BoundWellTelemetryFeed(
    WellCatalog catalog,
    WellSettingsStore settings,
    AcquisitionEngine engine,
    CurrentValueTable values,
    WellTelemetryFreshness freshness,
    IWellTelemetryIngest ingest,
    IOptions<WellTelemetryOptions> options,
    ILogger<BoundWellTelemetryFeed> logger,
    TimeProvider time) : BackgroundService
{
    private readonly Dictionary<string, DateTimeOffset> lastIngested = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FeedInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await FeedOnceAsync(stoppingToken);
        }
    }

    /// <summary>One pass over every well: ingest the wells whose bound points have a new good poll.</summary>
    public async Task FeedOnceAsync(CancellationToken cancellationToken)
    {
        var map = engine.Current;
        foreach (var well in catalog.All)
        {
            var id = well.Well.Id;
            var bindings = settings.BindingsOf(id, map.Map);
            if (!bindings.FeedsTelemetry)
            {
                freshness.Forget(id);
                continue;
            }

            var snapshots = new Dictionary<TelemetrySignal, PointSnapshot>();
            string? stale = null;
            foreach (var (signal, key) in bindings.Telemetry)
            {
                var snapshot = map.PointIds.TryGetValue(key, out var pointId) ? values.Get(pointId) : null;
                stale ??= snapshot switch
                {
                    null => $"{signal}: point {key} has no value yet",
                    { Quality.IsGood: false } => $"{signal}: point {key} is {snapshot.Quality}",
                    { Value.Kind: not (PointValueKind.Number or PointValueKind.Boolean) } => $"{signal}: point {key} holds {snapshot.Value}",
                    _ => null,
                };
                if (snapshot is not null)
                {
                    snapshots[signal] = snapshot;
                }
            }

            if (stale is not null)
            {
                MarkStale(id, stale);
                continue;
            }

            // The newest read of the well's points stamps the reading; an unchanged stamp is the same poll again.
            var stamp = snapshots.Values.Max(s => s.Timestamp);
            if (lastIngested.TryGetValue(id, out var last) && stamp <= last)
            {
                continue;
            }

            lastIngested[id] = stamp;
            var reading = bindings.Assemble(stamp, s => Number(snapshots[s].Value));
            var errors = await ingest.IngestAsync(id, reading, cancellationToken);
            if (errors.Count > 0)
            {
                MarkStale(id, $"reading refused: {string.Join("; ", errors)}");
                LogRefused(id, string.Join("; ", errors));
                continue;
            }

            if (freshness.Of(id) is not { IsStale: false })
            {
                freshness.Set(id, new WellFeedState(false, null, time.GetUtcNow()));
            }
        }
    }

    private void MarkStale(string wellId, string reason)
    {
        if (freshness.Of(wellId) is not { IsStale: true } current || current.Reason != reason)
        {
            freshness.Set(wellId, new WellFeedState(true, reason, freshness.Of(wellId) is { IsStale: true } s ? s.Since : time.GetUtcNow()));
        }
    }

    private static double Number(PointValue value) => value.Kind == PointValueKind.Boolean ? (value.Boolean ? 1 : 0) : value.Number;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Well {WellId}: reading from bound points refused: {Errors}")]
    private partial void LogRefused(string wellId, string errors);
}
