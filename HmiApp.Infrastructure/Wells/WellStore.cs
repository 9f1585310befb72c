using System.Text.Json;
using HmiApp.Domain.Diagnostics;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HmiApp.Infrastructure.Wells;

/// <summary>Stores wells, their threshold overrides and baselines, and keeps <see cref="WellCatalog"/> in step.</summary>
public sealed class WellStore(IServiceScopeFactory scopes, WellCatalog catalog)
{
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        foreach (var record in await db.Wells.AsNoTracking().ToListAsync(cancellationToken))
        {
            catalog.Put(ToCataloged(record));
        }
    }

    /// <returns>False when a well with this id exists already (it is left as it is).</returns>
    public async Task<bool> AddAsync(Well well, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        if (await db.Wells.AnyAsync(w => w.Id == well.Id, cancellationToken))
        {
            return false;
        }

        var record = WellRecord.From(well);
        db.Wells.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        catalog.Put(ToCataloged(record));
        return true;
    }

    /// <summary>Replaces a known well's nameplate (the id stays); its thresholds and baseline are kept.</summary>
    public async Task UpdateAsync(Well well, CancellationToken cancellationToken)
    {
        if (!catalog.TryGet(well.Id, out var current))
        {
            throw new ArgumentException($"unknown well '{well.Id}'", nameof(well));
        }

        var next = WellRecord.From(well);
        await UpdateRecordAsync(well.Id, r =>
        {
            r.Name = next.Name;
            r.Field = next.Field;
            r.PumpModel = next.PumpModel;
            r.RatedFlowBblPerDay = next.RatedFlowBblPerDay;
            r.RatedMotorCurrentAmps = next.RatedMotorCurrentAmps;
            r.RatedFrequencyHz = next.RatedFrequencyHz;
            r.RatedMotorTemperatureC = next.RatedMotorTemperatureC;
            r.MaxMotorTemperatureC = next.MaxMotorTemperatureC;
            r.CasingInnerDiameterInches = next.CasingInnerDiameterInches;
            r.MotorOuterDiameterInches = next.MotorOuterDiameterInches;
        }, cancellationToken);
        catalog.Put(current with { Well = well });
    }

    /// <summary>Replaces the well's overrides when they all validate; otherwise the old ones stay in force.</summary>
    /// <returns>Why the overrides were refused; empty when they are in force.</returns>
    public async Task<IReadOnlyList<string>> SetParameterOverridesAsync(string wellId, IReadOnlyDictionary<string, double> overrides, CancellationToken cancellationToken)
    {
        if (!catalog.TryGet(wellId, out var current))
        {
            return [$"unknown well '{wellId}'"];
        }

        if (!WellDiagnosticParameters.TryFromOverrides(overrides, out var parameters, out var errors))
        {
            return errors;
        }

        await UpdateRecordAsync(wellId, r => r.ParameterOverridesJson = JsonSerializer.Serialize(overrides), cancellationToken);
        catalog.Put(current with { ParameterOverrides = new Dictionary<string, double>(overrides), Parameters = parameters });
        return [];
    }

    public async Task SetBaselineAsync(string wellId, TelemetryBaseline baseline, CancellationToken cancellationToken)
    {
        if (!catalog.TryGet(wellId, out var current))
        {
            throw new ArgumentException($"unknown well '{wellId}'", nameof(wellId));
        }

        await UpdateRecordAsync(wellId, r => r.BaselineJson = BaselineJson.Serialize(baseline), cancellationToken);
        catalog.Put(current with { Baseline = baseline });
    }

    private async Task UpdateRecordAsync(string wellId, Action<WellRecord> change, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        var record = await db.Wells.SingleAsync(w => w.Id == wellId, cancellationToken);
        change(record);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static CatalogedWell ToCataloged(WellRecord record)
    {
        var overrides = JsonSerializer.Deserialize<Dictionary<string, double>>(record.ParameterOverridesJson) ?? [];
        // Overrides were validated when stored; one that no longer validates (a parameter since removed) falls back to the defaults.
        WellDiagnosticParameters.TryFromOverrides(overrides, out var parameters, out _);
        var baseline = record.BaselineJson is { } json ? BaselineJson.Deserialize(json) : null;
        return new CatalogedWell(record.ToWell(), overrides, parameters, baseline);
    }
}
