using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Wells;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Diagnostics;

/// <summary>
/// Evaluates every well's latest window each <see cref="DiagnosticsOptions.EvaluationPeriod"/>, stores each
/// result, and announces a change once <see cref="DiagnosticsOptions.ConfirmEvaluations"/> evaluations in a
/// row agree. A well without a baseline gets one from its first full running window after the settle time.
/// </summary>
public sealed partial class DiagnosisMonitor(
    IOptions<DiagnosticsOptions> options,
    WellCatalog catalog,
    WellTelemetryBuffer buffer,
    WellStore wells,
    WellAnalyzer analyzer,
    DiagnosticTreeStore trees,
    DiagnosisHistory history,
    DiagnosisBoard board,
    DiagnosisEvents events,
    TimeProvider time,
    ILogger<DiagnosisMonitor> logger) : BackgroundService
{
    public const string ScheduledSource = "scheduled";

    private readonly Dictionary<string, DiagnosisConfirmation> confirmations = new(StringComparer.Ordinal);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await trees.LoadAsync(cancellationToken);
        foreach (var view in await history.LatestAnnouncedAsync(cancellationToken))
        {
            board.Put(view);
            Confirmation(view.WellId).Restore(view.Code);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.EvaluationPeriod, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await EvaluateAllAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogEvaluationFailed(ex);
            }
        }
    }

    private async Task EvaluateAllAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var records = new List<DiagnosisRecord>();
        foreach (var well in catalog.All)
        {
            var id = well.Well.Id;
            var readings = buffer.Since(id, now - settings.WindowLength);
            // A window less than half covered (a well just started reporting, or gone quiet) is not judged.
            if (readings.Count < 2 || readings[^1].Timestamp - readings[0].Timestamp < settings.WindowLength / 2)
            {
                continue;
            }

            if (well.Baseline is null)
            {
                await TryTakeBaselineAsync(well, readings, now, cancellationToken);
                continue;
            }

            var (result, _) = analyzer.Analyze(id, readings);
            if (result is not null)
            {
                var announced = Confirmation(id).Observe(result.Diagnosis.Code);
                records.Add(DiagnosisView.ToRecord(id, now, result, ScheduledSource, announced));
            }
        }

        if (records.Count == 0)
        {
            return;
        }

        foreach (var view in await history.AddAsync(records, cancellationToken))
        {
            if (view.IsChange)
            {
                var previous = board.Put(view);
                LogChanged(view.WellId, previous?.Code ?? "(none)", view.Code, view.Severity.ToString());
                events.Raise(new DiagnosisChanged(view.WellId, previous, view));
            }
        }
    }

    private async Task TryTakeBaselineAsync(CatalogedWell well, IReadOnlyList<WellTelemetryReading> readings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var wellId = well.Well.Id;
        var runningSince = buffer.RunningSince(wellId);
        var fullWindow = readings[^1].Timestamp - readings[0].Timestamp >= settings.WindowLength * 0.8;
        if (runningSince is null || now - runningSince < settings.BaselineSettleTime || !fullWindow || !readings.All(r => r.IsRunning))
        {
            return;
        }

        var baseline = TelemetryBaseline.FromWindow(new TelemetryWindow(well.Well, readings));
        await wells.SetBaselineAsync(wellId, baseline, cancellationToken);
        LogBaselineTaken(wellId, baseline.From, baseline.To);
    }

    private DiagnosisConfirmation Confirmation(string wellId)
    {
        if (!confirmations.TryGetValue(wellId, out var confirmation))
        {
            confirmation = new DiagnosisConfirmation(options.Value.ConfirmEvaluations);
            confirmations[wellId] = confirmation;
        }

        return confirmation;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Well {WellId}: diagnosis {Previous} -> {Current} ({Severity})")]
    private partial void LogChanged(string wellId, string previous, string current, string severity);

    [LoggerMessage(Level = LogLevel.Information, Message = "Well {WellId}: baseline taken from readings {From:O} .. {To:O}")]
    private partial void LogBaselineTaken(string wellId, DateTimeOffset from, DateTimeOffset to);

    [LoggerMessage(Level = LogLevel.Error, Message = "Evaluating the wells failed; the next period tries again")]
    private partial void LogEvaluationFailed(Exception ex);
}
