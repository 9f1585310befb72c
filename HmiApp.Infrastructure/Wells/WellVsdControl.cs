using System.Globalization;
using HmiApp.Domain.Audit;
using HmiApp.Domain.Modbus;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Writing;

namespace HmiApp.Infrastructure.Wells;

/// <summary>
/// The operator's commands to a well's VSD: frequency setpoint and run/stop. A setpoint outside the well's
/// frequency limits is refused here; the point writer then holds it to the point's own write limits, writes
/// through the device's client and reads it back. Every attempt, refused ones included, is audited with the
/// old and the new value. The caller has authorised the actor (Operator policy).
/// </summary>
public sealed class WellVsdControl(
    WellCatalog catalog,
    WellSettingsStore settings,
    AcquisitionEngine engine,
    CurrentValueTable values,
    PointWriter writer,
    IAuditTrail audit)
{
    /// <summary>What the bound command point holds now (its current value as last polled), or null.</summary>
    public PointSnapshot? Current(string wellId, WellControl command)
    {
        var map = engine.Current;
        return settings.BindingsOf(wellId, map.Map).Controls.TryGetValue(command, out var key) && map.PointIds.TryGetValue(key, out var id)
            ? values.Get(id)
            : null;
    }

    public Task<WellControlResult> SetFrequencyAsync(string wellId, double hz, string actor, string? remoteAddress, CancellationToken cancellationToken)
    {
        string? refusal = catalog.TryGet(wellId, out var well)
            ? settings.FrequencyLimitsOf(well.Well).Refusal(hz)
            : $"unknown well '{wellId}'";
        return RunAsync(wellId, WellControl.FrequencySetpoint, PointValue.FromNumber(hz), $"{Hz(hz)} Hz", refusal, actor, remoteAddress, cancellationToken);
    }

    public Task<WellControlResult> SetRunningAsync(string wellId, bool run, string actor, string? remoteAddress, CancellationToken cancellationToken) =>
        RunAsync(wellId, WellControl.RunCommand, PointValue.FromNumber(run ? 1 : 0), run ? "run" : "stop",
            catalog.TryGet(wellId, out _) ? null : $"unknown well '{wellId}'", actor, remoteAddress, cancellationToken);

    /// <summary>A refusal that never reached the write path (no authority), audited like any other attempt.</summary>
    public Task RecordRefusedAsync(string wellId, WellControl command, string old, string next, string actor, string? remoteAddress, string reason, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditRecord(actor, AuditCategories.Wells, $"write {command}", $"well {wellId}", AuditOutcome.Failure)
        {
            RemoteAddress = remoteAddress,
            OldValue = old,
            NewValue = next,
            Reason = reason,
        }, cancellationToken);

    public string Describe(WellControl command, PointSnapshot? snapshot) => snapshot is null || !snapshot.Value.HasValue
        ? "unknown"
        : command == WellControl.RunCommand
            ? (snapshot.Value.Number == 1 ? "run" : snapshot.Value.Number == 0 ? "stop" : snapshot.Value.ToString())
            : $"{Hz(snapshot.Value.Number)} Hz";

    private async Task<WellControlResult> RunAsync(
        string wellId, WellControl command, PointValue value, string next, string? refusal, string actor, string? remoteAddress, CancellationToken cancellationToken)
    {
        var old = Describe(command, Current(wellId, command));
        PointWriteOutcome? write = null;
        if (refusal is null)
        {
            if (!settings.BindingsOf(wellId, engine.Current.Map).Controls.TryGetValue(command, out var key))
            {
                refusal = $"{command} of well {wellId} is not bound to a writable point";
            }
            else
            {
                write = await writer.WriteAsync(key, value, cancellationToken);
            }
        }

        var result = new WellControlResult(wellId, command, old, next, write, refusal);
        await audit.RecordAsync(new AuditRecord(actor, AuditCategories.Wells, $"write {command}", $"well {wellId}", result.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure)
        {
            RemoteAddress = remoteAddress,
            OldValue = old,
            NewValue = next,
            Reason = result.Succeeded ? result.Detail : write is null ? $"refused: {result.Detail}" : $"{write.Status}: {result.Detail}",
        }, CancellationToken.None);
        return result;
    }

    private static string Hz(double hz) => hz.ToString("0.##", CultureInfo.InvariantCulture);
}
