using System.Collections.Concurrent;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HmiApp.Infrastructure.Wells;

/// <summary>
/// What the well editor sets beside the nameplate: the binding of each field to a point and the VSD
/// frequency limits. Held in memory (the telemetry feed asks every scan) and stored first on every change.
/// A well with no stored binding is bound by the map's tags (<see cref="WellPointBindings.FromTags"/>).
/// </summary>
public sealed class WellSettingsStore(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, WellPointBindings> bindings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WellFrequencyLimits> limits = new(StringComparer.Ordinal);
    private volatile TagBindings? tagged;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        foreach (var well in (await db.WellPointBindings.AsNoTracking().ToListAsync(cancellationToken)).GroupBy(b => b.WellId))
        {
            bindings[well.Key] = ToBindings(well);
        }

        foreach (var record in await db.WellFrequencyLimits.AsNoTracking().ToListAsync(cancellationToken))
        {
            limits[record.WellId] = new WellFrequencyLimits(record.MinHz, record.MaxHz);
        }
    }

    /// <summary>The stored binding, or null when the well follows the map's tags.</summary>
    public WellPointBindings? StoredBindings(string wellId) => bindings.TryGetValue(wellId, out var b) ? b : null;

    /// <summary>The binding in force: the stored one, else the one the map's tags give.</summary>
    public WellPointBindings BindingsOf(string wellId, PointMap map)
    {
        if (StoredBindings(wellId) is { } stored)
        {
            return stored;
        }

        // The feed asks for every well on every pass: the tags are read once per applied map, not per pass.
        var cache = tagged;
        if (cache is null || !ReferenceEquals(cache.Map, map))
        {
            cache = new TagBindings(map, new ConcurrentDictionary<string, WellPointBindings>(StringComparer.Ordinal));
            tagged = cache;
        }

        return cache.ByWell.GetOrAdd(wellId, id => WellPointBindings.FromTags(id, map.Points));
    }

    public WellFrequencyLimits FrequencyLimitsOf(Well well) => limits.TryGetValue(well.Id, out var l) ? l : WellFrequencyLimits.DefaultFor(well);

    /// <summary>Replaces the well's binding when it fits the map; otherwise the old one stays in force.</summary>
    /// <returns>Why the binding was refused; empty when it is in force.</returns>
    public async Task<IReadOnlyList<string>> SetBindingsAsync(string wellId, WellPointBindings next, PointMap map, CancellationToken cancellationToken)
    {
        var errors = next.Validate(map);
        if (errors.Count > 0)
        {
            return errors;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        db.WellPointBindings.RemoveRange(await db.WellPointBindings.Where(b => b.WellId == wellId).ToListAsync(cancellationToken));
        db.WellPointBindings.AddRange(ToRecords(wellId, next));
        await db.SaveChangesAsync(cancellationToken);
        bindings[wellId] = next;
        return [];
    }

    public async Task SetFrequencyLimitsAsync(string wellId, WellFrequencyLimits next, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        var record = await db.WellFrequencyLimits.SingleOrDefaultAsync(l => l.WellId == wellId, cancellationToken);
        if (record is null)
        {
            record = new WellFrequencyLimitsRecord { WellId = wellId };
            db.WellFrequencyLimits.Add(record);
        }

        record.MinHz = next.MinHz;
        record.MaxHz = next.MaxHz;
        await db.SaveChangesAsync(cancellationToken);
        limits[wellId] = next;
    }

    private static IEnumerable<WellPointBindingRecord> ToRecords(string wellId, WellPointBindings b) =>
        b.Telemetry.Select(t => (Field: t.Key.ToString(), t.Value))
            .Concat(b.Controls.Select(c => (Field: c.Key.ToString(), c.Value)))
            .Select(x => new WellPointBindingRecord { WellId = wellId, Field = x.Field, Device = x.Value.Device, Point = x.Value.Name });

    private static WellPointBindings ToBindings(IEnumerable<WellPointBindingRecord> records)
    {
        var telemetry = new Dictionary<TelemetrySignal, PointKey>();
        var commands = new Dictionary<WellControl, PointKey>();
        foreach (var r in records)
        {
            var key = new PointKey(r.Device, r.Point);
            if (Enum.TryParse<TelemetrySignal>(r.Field, out var signal) && WellPointBindings.ReadingSignals.Contains(signal))
            {
                telemetry[signal] = key;
            }
            else if (Enum.TryParse<WellControl>(r.Field, out var command))
            {
                commands[command] = key;
            }
        }

        return new WellPointBindings(telemetry, commands);
    }

    private sealed record TagBindings(PointMap Map, ConcurrentDictionary<string, WellPointBindings> ByWell);
}
