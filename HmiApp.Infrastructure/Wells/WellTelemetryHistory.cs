using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HmiApp.Infrastructure.Wells;

/// <summary>Stored readings of a well: the newest, a page of a period, and a per-field summary of a period.</summary>
public sealed class WellTelemetryHistory(IServiceScopeFactory scopes)
{
    public async Task<WellTelemetryReading?> LatestAsync(string wellId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        var record = await db.WellTelemetry.AsNoTracking().Where(t => t.WellId == wellId)
            .OrderByDescending(t => t.TimestampMs).ThenByDescending(t => t.Id).FirstOrDefaultAsync(cancellationToken);
        return record?.ToReading();
    }

    /// <summary>Readings in [from, to], oldest first, <paramref name="pageSize"/> per page from page 0.</summary>
    public async Task<IReadOnlyList<WellTelemetryReading>> PageAsync(string wellId, DateTimeOffset from, DateTimeOffset to, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        var records = await InPeriod(db, wellId, from, to).OrderBy(t => t.TimestampMs).ThenBy(t => t.Id)
            .Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return records.Select(r => r.ToReading()).ToList();
    }

    public async Task<TelemetrySummary> SummaryAsync(string wellId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        var q = InPeriod(db, wellId, from, to);
        var count = await q.CountAsync(cancellationToken);
        var fields = new Dictionary<string, TelemetryFieldSummary>(StringComparer.Ordinal);
        if (count > 0)
        {
            fields[nameof(WellTelemetryReading.FlowRateBblPerDay)] = await SummariseAsync(q.Select(t => t.FlowRateBblPerDay), cancellationToken);
            fields[nameof(WellTelemetryReading.PumpIntakePressurePsi)] = await SummariseAsync(q.Select(t => t.PumpIntakePressurePsi), cancellationToken);
            fields[nameof(WellTelemetryReading.MotorCurrentAmps)] = await SummariseAsync(q.Select(t => t.MotorCurrentAmps), cancellationToken);
            fields[nameof(WellTelemetryReading.MotorTemperatureC)] = await SummariseAsync(q.Select(t => t.MotorTemperatureC), cancellationToken);
            fields[nameof(WellTelemetryReading.VibrationG)] = await SummariseAsync(q.Select(t => t.VibrationG), cancellationToken);
            fields[nameof(WellTelemetryReading.VsdFrequencyHz)] = await SummariseAsync(q.Select(t => t.VsdFrequencyHz), cancellationToken);
            fields[nameof(WellTelemetryReading.FlowVariancePercent)] = await SummariseAsync(q.Select(t => t.FlowVariancePercent), cancellationToken);
            fields[nameof(WellTelemetryReading.TorqueNewtonMetres)] = await SummariseAsync(q.Select(t => t.TorqueNewtonMetres), cancellationToken);
            fields[nameof(WellTelemetryReading.GasOilRatioScfPerBbl)] = await SummariseAsync(q.Select(t => t.GasOilRatioScfPerBbl), cancellationToken);
            fields[nameof(WellTelemetryReading.CurrentUnbalancePercent)] = await SummariseAsync(q.Select(t => t.CurrentUnbalancePercent), cancellationToken);
            fields[nameof(WellTelemetryReading.InsulationResistanceMegohms)] = await SummariseAsync(q.Select(t => t.InsulationResistanceMegohms), cancellationToken);
        }

        return new TelemetrySummary(wellId, from, to, count, fields);
    }

    private static IQueryable<WellTelemetryRecord> InPeriod(HmiDbContext db, string wellId, DateTimeOffset from, DateTimeOffset to)
    {
        var fromMs = from.ToUnixTimeMilliseconds();
        var toMs = to.ToUnixTimeMilliseconds();
        return db.WellTelemetry.AsNoTracking().Where(t => t.WellId == wellId && t.TimestampMs >= fromMs && t.TimestampMs <= toMs);
    }

    private static async Task<TelemetryFieldSummary> SummariseAsync(IQueryable<double> values, CancellationToken cancellationToken) =>
        new(await values.MinAsync(cancellationToken), await values.AverageAsync(cancellationToken), await values.MaxAsync(cancellationToken));
}
