using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Alarms;

namespace HmiApp.Tests.Alarms;

/// <summary>An engine on a hand-moved clock with a journal the test can read.</summary>
public sealed class AlarmEngineHarness : IDisposable
{
    public AlarmEngineHarness(params AlarmDefinition[] definitions)
    {
        Engine = new AlarmEngine(Clock, Journal, new AlarmOptions { MaxShelveDuration = TimeSpan.FromHours(8) });
        Engine.LoadDefinitions(definitions);
    }

    public ManualTimeProvider Clock { get; } = new();

    public RecordingJournalSink Journal { get; } = new();

    public AlarmEngine Engine { get; }

    public static AlarmDefinition Define(string name, AlarmKind kind, long point = 1, double? limit = null, double deadband = 0) =>
        new() { Name = name, Kind = kind, PointId = point, Limit = limit, Deadband = deadband, Message = $"{name} message" };

    public void Value(long point, double? value, QualityStatus quality = QualityStatus.Good) =>
        Engine.OnValues([new AlarmInput(point, value, quality, Clock.GetUtcNow())]);

    public AlarmState StateOf(string key) => Engine.Find(key)?.State ?? throw new InvalidOperationException($"No alarm {key}");

    public void Dispose() => Engine.Dispose();
}
