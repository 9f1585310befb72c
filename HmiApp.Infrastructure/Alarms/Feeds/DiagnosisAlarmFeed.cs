using HmiApp.Domain.Diagnostics;
using HmiApp.Infrastructure.Diagnostics;
using Microsoft.Extensions.Hosting;

namespace HmiApp.Infrastructure.Alarms.Feeds;

/// <summary>
/// Turns announced diagnoses into advisory alarms (high and critical ones qualify): visible and
/// acknowledgeable, and like the diagnosis itself never a write to a device.
/// </summary>
public sealed class DiagnosisAlarmFeed(IDiagnosisEvents diagnoses, AlarmEngine alarms) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        diagnoses.Changed += OnChanged;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        diagnoses.Changed -= OnChanged;
        return Task.CompletedTask;
    }

    private void OnChanged(object? sender, DiagnosisChanged change) =>
        alarms.OnDiagnoses(change.WellId, [new Diagnosis(change.Current.Code, change.Current.Title, change.Current.Severity, change.Current.Confidence, change.Current.RecommendedActions, change.Current.ExpectedResolutionTime)]);
}
