using HmiApp.Domain.Alarms;
using static HmiApp.Tests.Alarms.AlarmEngineHarness;

namespace HmiApp.Tests.Alarms;

public sealed class AlarmHealthTests
{
    [Fact]
    public void Three_activations_within_a_minute_make_an_alarm_chattering_and_more_than_ten_in_ten_minutes_a_flood()
    {
        var definitions = Enumerable.Range(1, 12).Select(i => Define($"A{i:00}", AlarmKind.High, point: i, limit: 10)).ToArray();
        using var h = new AlarmEngineHarness(definitions);

        for (var i = 0; i < 3; i++)
        {
            h.Value(1, 11);
            h.Engine.Acknowledge("A01", "ana");
            h.Value(1, 9);
            h.Clock.Advance(TimeSpan.FromSeconds(20));
        }

        var health = h.Engine.Health();
        Assert.Equal(["A01"], health.ChatteringAlarms);
        Assert.False(health.InFlood);

        for (var i = 2; i <= 8; i++)
        {
            h.Value(i, 11);
        }

        Assert.Equal(10, h.Engine.Health().ActivationsLast10Minutes);
        Assert.False(h.Engine.Health().InFlood);
        h.Value(9, 11);
        Assert.True(h.Engine.Health().InFlood);

        h.Clock.Advance(TimeSpan.FromMinutes(11));
        health = h.Engine.Health();
        Assert.False(health.InFlood);
        Assert.Equal(0, health.ActivationsLast10Minutes);
        Assert.Equal(1, health.FloodPeriodsLast24Hours);
    }

    [Fact]
    public void An_alarm_active_for_more_than_24_hours_is_stale()
    {
        using var h = new AlarmEngineHarness(Define("OLD", AlarmKind.High, limit: 1), Define("NEW", AlarmKind.High, point: 2, limit: 1));
        h.Value(1, 2);
        h.Clock.Advance(TimeSpan.FromHours(23));
        h.Value(2, 2);
        h.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(["OLD"], h.Engine.Health().StaleAlarms);
        Assert.Equal(1, h.Engine.Health().ActivationsLast24Hours);
    }
}
