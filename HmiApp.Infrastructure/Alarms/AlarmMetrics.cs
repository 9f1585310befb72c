using System.Diagnostics.Metrics;
using HmiApp.Domain.Alarms;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>
/// The alarm system's ISA-18.2 figures as instruments of meter <c>HmiApp.Alarms</c>; they are read
/// from the engine when a listener collects, so nothing is computed when nobody looks.
/// </summary>
public sealed class AlarmMetrics : IDisposable
{
    public const string MeterName = "HmiApp.Alarms";

    private readonly Meter meter;

    public AlarmMetrics(IMeterFactory meters, AlarmEngine engine, AlarmJournalWriter journal)
    {
        meter = meters.Create(MeterName);
        meter.CreateObservableCounter("hmiapp.alarms.activations", () => engine.TotalActivations, "{alarm}", "Alarms annunciated since start-up.");
        meter.CreateObservableGauge("hmiapp.alarms.active", () => ByPriority(engine.ActiveAlarms().Where(a => a.State.IsAnnunciated())), "{alarm}", "Annunciated alarms by priority.");
        meter.CreateObservableGauge("hmiapp.alarms.unacknowledged", () => ByPriority(engine.ActiveAlarms().Where(a => a.NeedsAcknowledgement)), "{alarm}", "Alarms waiting for acknowledgement by priority.");
        meter.CreateObservableGauge("hmiapp.alarms.shelved", () => engine.ActiveAlarms().Count(a => a.State == AlarmState.Shelved), "{alarm}");
        meter.CreateObservableGauge("hmiapp.alarms.rate_10min", () => engine.Health().ActivationsLast10Minutes, "{alarm}", "Activations in the last 10 minutes.");
        meter.CreateObservableGauge("hmiapp.alarms.flood", () => engine.Health().InFlood ? 1 : 0, null, "1 while more than 10 alarms came in 10 minutes.");
        meter.CreateObservableGauge("hmiapp.alarms.stale", () => engine.Health().StaleAlarms.Count, "{alarm}", "Alarms active for more than 24 hours.");
        meter.CreateObservableGauge("hmiapp.alarms.chattering", () => engine.Health().ChatteringAlarms.Count, "{alarm}", "Alarms with 3 or more activations within a minute.");
        meter.CreateObservableGauge("hmiapp.alarms.journal.pending", () => journal.Pending, "{entry}", "Journal entries waiting for the database.");
    }

    public void Dispose() => meter.Dispose();

    private static IEnumerable<Measurement<int>> ByPriority(IEnumerable<ActiveAlarm> alarms)
    {
        var counts = alarms.GroupBy(a => a.Priority).ToDictionary(g => g.Key, g => g.Count());
        return Enum.GetValues<AlarmPriority>().Select(p => new Measurement<int>(counts.GetValueOrDefault(p), new KeyValuePair<string, object?>("priority", (int)p)));
    }
}
