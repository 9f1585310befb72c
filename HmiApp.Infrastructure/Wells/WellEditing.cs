using System.Globalization;
using HmiApp.Domain.Audit;
using HmiApp.Domain.Diagnostics;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Acquisition.Polling;

namespace HmiApp.Infrastructure.Wells;

/// <summary>
/// An engineer's changes to a well: nameplate, VSD frequency limits, diagnostic thresholds and bindings.
/// Each is validated by the domain (refused with the reason, nothing stored), stored, and audited with the
/// fields that changed, old -> new. The caller has authorised the actor (Engineer policy).
/// </summary>
public sealed class WellEditing(WellStore store, WellCatalog catalog, WellSettingsStore settings, AcquisitionEngine engine, IAuditTrail audit)
{
    /// <returns>The refusal (naming the field where the domain names one), or null when stored.</returns>
    public async Task<WellRefusal?> SaveIdentityAsync(Func<Well> build, string actor, string? remoteAddress, CancellationToken cancellationToken)
    {
        Well next;
        try
        {
            next = build();
        }
        catch (ArgumentException ex)
        {
            return WellRefusal.Of(ex);
        }

        if (!catalog.TryGet(next.Id, out var current))
        {
            return new WellRefusal(null, $"unknown well '{next.Id}'");
        }

        var changes = Changes(current.Well, next);
        if (changes.Count == 0)
        {
            return new WellRefusal(null, "nothing changed");
        }

        await store.UpdateAsync(next, cancellationToken);
        await RecordAsync(actor, remoteAddress, "edit identity", next.Id, changes, cancellationToken);
        return null;
    }

    /// <returns>The refusal (naming minHz or maxHz where the domain names one), or null when stored.</returns>
    public async Task<WellRefusal?> SaveFrequencyLimitsAsync(string wellId, double minHz, double maxHz, string actor, string? remoteAddress, CancellationToken cancellationToken)
    {
        if (!catalog.TryGet(wellId, out var current))
        {
            return new WellRefusal(null, $"unknown well '{wellId}'");
        }

        WellFrequencyLimits next;
        try
        {
            next = new WellFrequencyLimits(minHz, maxHz);
        }
        catch (ArgumentException ex)
        {
            return WellRefusal.Of(ex);
        }

        var old = settings.FrequencyLimitsOf(current.Well);
        if (old == next)
        {
            return new WellRefusal(null, "nothing changed");
        }

        await settings.SetFrequencyLimitsAsync(wellId, next, cancellationToken);
        await RecordAsync(actor, remoteAddress, "edit frequency limits", wellId, [("frequency limits", old.ToString(), next.ToString())], cancellationToken);
        return null;
    }

    public async Task<IReadOnlyList<string>> SaveThresholdsAsync(string wellId, IReadOnlyDictionary<string, double> overrides, string actor, string? remoteAddress, CancellationToken cancellationToken)
    {
        if (!catalog.TryGet(wellId, out var current))
        {
            return [$"unknown well '{wellId}'"];
        }

        var errors = await store.SetParameterOverridesAsync(wellId, overrides, cancellationToken);
        if (errors.Count > 0)
        {
            return errors;
        }

        var changes = current.ParameterOverrides.Keys.Union(overrides.Keys)
            .Select(name => (name, Old: Threshold(current.Parameters, current.ParameterOverrides, name), New: Threshold(WithOverrides(overrides), overrides, name)))
            .Where(c => c.Old != c.New)
            .ToList();
        await RecordAsync(actor, remoteAddress, "edit thresholds", wellId, changes, cancellationToken);
        return [];
    }

    public async Task<IReadOnlyList<string>> SaveBindingsAsync(string wellId, WellPointBindings next, string actor, string? remoteAddress, CancellationToken cancellationToken)
    {
        if (!catalog.TryGet(wellId, out _))
        {
            return [$"unknown well '{wellId}'"];
        }

        var map = engine.Current.Map;
        var old = settings.BindingsOf(wellId, map);
        var errors = await settings.SetBindingsAsync(wellId, next, map, cancellationToken);
        if (errors.Count > 0)
        {
            return errors;
        }

        var fields = WellPointBindings.ReadingSignals.Select(s => (s.ToString(), Old: Point(old.Telemetry, s), New: Point(next.Telemetry, s)))
            .Concat(Enum.GetValues<WellControl>().Select(c => (c.ToString(), Old: Point(old.Controls, c), New: Point(next.Controls, c))))
            .Where(c => c.Old != c.New)
            .ToList();
        await RecordAsync(actor, remoteAddress, "edit bindings", wellId, fields, cancellationToken);
        return [];
    }

    private static WellDiagnosticParameters WithOverrides(IReadOnlyDictionary<string, double> overrides) =>
        WellDiagnosticParameters.TryFromOverrides(overrides, out var p, out _) ? p : WellDiagnosticParameters.Defaults;

    private static string Threshold(WellDiagnosticParameters parameters, IReadOnlyDictionary<string, double> overrides, string name) =>
        $"{Number(parameters.ValueOf(name))}{(overrides.ContainsKey(name) ? "" : " (default)")}";

    private static string Point<T>(IReadOnlyDictionary<T, Domain.Acquisition.PointKey> bindings, T field)
        where T : notnull => bindings.TryGetValue(field, out var key) ? key.ToString() : "unbound";

    private static List<(string Field, string Old, string New)> Changes(Well old, Well next)
    {
        var fields = new (string Field, object Old, object New)[]
        {
            (nameof(Well.Name), old.Name, next.Name),
            (nameof(Well.Field), old.Field, next.Field),
            (nameof(Well.PumpModel), old.PumpModel, next.PumpModel),
            (nameof(Well.RatedFlowBblPerDay), old.RatedFlowBblPerDay, next.RatedFlowBblPerDay),
            (nameof(Well.RatedMotorCurrentAmps), old.RatedMotorCurrentAmps, next.RatedMotorCurrentAmps),
            (nameof(Well.RatedFrequencyHz), old.RatedFrequencyHz, next.RatedFrequencyHz),
            (nameof(Well.RatedMotorTemperatureC), old.RatedMotorTemperatureC, next.RatedMotorTemperatureC),
            (nameof(Well.MaxMotorTemperatureC), old.MaxMotorTemperatureC, next.MaxMotorTemperatureC),
            (nameof(Well.CasingInnerDiameterInches), old.CasingInnerDiameterInches, next.CasingInnerDiameterInches),
            (nameof(Well.MotorOuterDiameterInches), old.MotorOuterDiameterInches, next.MotorOuterDiameterInches),
        };
        return fields.Select(f => (f.Field, Old: Text(f.Old), New: Text(f.New))).Where(f => f.Old != f.New).ToList();
    }

    private Task RecordAsync(string actor, string? remoteAddress, string action, string wellId, IReadOnlyList<(string Field, string Old, string New)> changes, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditRecord(actor, AuditCategories.Wells, action, $"well {wellId}", AuditOutcome.Success)
        {
            RemoteAddress = remoteAddress,
            OldValue = string.Join("; ", changes.Select(c => $"{c.Field}={c.Old}")),
            NewValue = string.Join("; ", changes.Select(c => $"{c.Field}={c.New}")),
        }, cancellationToken);

    private static string Text(object value) => value is double d ? Number(d) : value.ToString() ?? "";

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
