using System.Diagnostics.Metrics;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Alarms;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Alarms;

/// <summary>The <c>HmiApp.Alarms</c> meter in the running app, read with a MeterListener as an exporter would.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class AlarmMetricsTests
{
    [Fact]
    public async Task The_meter_reports_unacknowledged_alarms_by_priority_activations_and_floods()
    {
        await using var app = new HmiAppFactory();
        using var client = app.CreateClient();
        var engine = app.Services.GetRequiredService<AlarmEngine>();
        engine.LoadDefinitions(Enumerable.Range(1, 12).Select(i => AlarmEngineHarness.Define($"A{i}", AlarmKind.High, point: i, limit: 1) with { Priority = i <= 2 ? AlarmPriority.Urgent : AlarmPriority.Low }).ToList());
        engine.OnValues(Enumerable.Range(1, 12).Select(i => new AlarmInput(i, 2, QualityStatus.Good, DateTimeOffset.UtcNow)).ToList());
        engine.Acknowledge("A12", "ana");

        var meterFactory = app.Services.GetRequiredService<IMeterFactory>();
        var seen = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this app's meter: other tests run their own apps in the same process.
            if (instrument.Meter.Name == AlarmMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
        listener.RecordObservableInstruments();

        Assert.Equal(12, seen["hmiapp.alarms.activations"]);
        Assert.Equal(2, seen["hmiapp.alarms.unacknowledged/1"]);
        Assert.Equal(9, seen["hmiapp.alarms.unacknowledged/4"]);
        Assert.Equal(10, seen["hmiapp.alarms.active/4"]);
        Assert.Equal(12, seen["hmiapp.alarms.rate_10min"]);
        Assert.Equal(1, seen["hmiapp.alarms.flood"]);

        void Record(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var key = instrument.Name;
            foreach (var tag in tags)
            {
                key += $"/{tag.Value}";
            }

            seen[key] = value;
        }
    }
}
