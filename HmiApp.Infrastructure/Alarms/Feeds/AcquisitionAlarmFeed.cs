using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Alarms;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Infrastructure.Acquisition.Polling;
using Microsoft.Extensions.Hosting;

namespace HmiApp.Infrastructure.Alarms.Feeds;

/// <summary>
/// Hands every value acquisition stores, and every poll's communication outcome, to the alarm engine
/// as it happens, so an alarm appears within the scan that saw its condition (no polling timer here).
/// </summary>
public sealed class AcquisitionAlarmFeed(CurrentValueTable values, AcquisitionEngine acquisition, AlarmEngine alarms, TimeProvider time) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        values.Changed += OnValue;
        acquisition.Polled += OnPolled;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        values.Changed -= OnValue;
        acquisition.Polled -= OnPolled;
        return Task.CompletedTask;
    }

    private void OnValue(PointSnapshot snapshot) =>
        alarms.OnValues([new AlarmInput(snapshot.PointId, Numeric(snapshot), snapshot.Quality.Status, snapshot.Timestamp)]);

    // A device whose every read failed has lost communication; one good read is enough to be talking.
    private void OnPolled(string device, double latencyMs, int readsOk, int readsFailed) =>
        alarms.OnDeviceCommunication([new DeviceCommunicationInput(device, readsOk > 0 || readsFailed == 0, time.GetUtcNow())]);

    private static double? Numeric(PointSnapshot snapshot) => snapshot.Quality.Status == QualityStatus.Bad
        ? null
        : snapshot.Value.Kind switch
        {
            PointValueKind.Number => snapshot.Value.Number,
            PointValueKind.Boolean => snapshot.Value.Boolean ? 1 : 0,
            _ => null,
        };
}
