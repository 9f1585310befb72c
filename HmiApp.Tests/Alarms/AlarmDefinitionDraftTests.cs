using HmiApp.Alarms;
using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Alarms;

namespace HmiApp.Tests.Alarms;

/// <summary>The editor's form model: every kind survives the round trip, and every wrong field is named.</summary>
public sealed class AlarmDefinitionDraftTests
{
    private readonly PointNames names = new(new Dictionary<string, long> { ["W-101/FLOW"] = 11, ["W-101/FLOW.SP"] = 12, ["W-101/RUN"] = 13 });

    public static TheoryData<AlarmDefinition> EveryKind() => new(
        Base(AlarmKind.High) with { Limit = 80, Deadband = 2 },
        Base(AlarmKind.HighHigh) with { Limit = 95 },
        Base(AlarmKind.Low) with { Limit = -5, Deadband = 1 },
        Base(AlarmKind.LowLow) with { Limit = -10 },
        Base(AlarmKind.Deviation) with { Limit = 5, Deadband = 1, SetpointPointId = 12 },
        Base(AlarmKind.RateOfChange) with { Limit = 3 },
        Base(AlarmKind.Discrete) with { DiscreteComparison = AlarmComparison.NotEqual, DiscreteValue = 1 },
        Base(AlarmKind.BadQuality),
        Base(AlarmKind.CommunicationLost) with { PointId = 0, DeviceId = "W-101" });

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Every_kind_the_engine_supports_round_trips_through_the_form(AlarmDefinition definition)
    {
        var draft = AlarmDefinitionDraft.From(definition, names);

        var back = draft.ToDefinition(names, out var errors);

        Assert.Empty(errors);
        Assert.Equal(definition, back);
    }

    [Fact]
    public void Points_are_shown_and_taken_by_point_map_name_or_by_id()
    {
        var draft = AlarmDefinitionDraft.From(Base(AlarmKind.High) with { Limit = 1 }, names);
        Assert.Equal("W-101/FLOW", draft.Point);
        Assert.Equal("W-101/RUN", draft.SuppressionPoint);

        draft.Point = "42";
        Assert.Equal(42, draft.ToDefinition(names, out _)!.PointId);
        Assert.Equal("42", AlarmDefinitionDraft.PointText(42, names));
    }

    [Fact]
    public void Every_wrong_field_is_named_with_its_value_and_why()
    {
        var draft = new AlarmDefinitionDraft
        {
            Name = " ",
            Kind = AlarmKind.Deviation,
            Point = "W-999/NOPE",
            Limit = -3,
            Priority = 7,
            Message = "",
            OnDelaySeconds = -1,
            Suppressed = true,
            SuppressionPoint = "",
        };

        Assert.Null(draft.ToDefinition(names, out var errors));

        var byField = errors.ToDictionary(e => e.Field, e => e.Problem);
        Assert.Contains("'W-999/NOPE' is not a point of the point map", byField["point"]);
        Assert.Contains("setpoint point", byField["setpointPoint"]);
        Assert.Contains("-3 must be > 0", byField["limit"]);
        Assert.Contains("7 is not a priority", byField["priority"]);
        Assert.Contains("-1 s must be between 0 and 86400", byField["onDelay"]);
        Assert.Contains("is missing", byField["suppression.point"]);
        Assert.Contains("is missing", byField["suppression.value"]);
        Assert.Contains("is empty", byField["message"]);
        Assert.Contains("is empty", byField["name"]);
        Assert.All(errors, e => Assert.Equal("(unnamed)", e.Alarm));
    }

    [Fact]
    public void Without_a_point_map_a_name_is_refused_and_an_id_accepted()
    {
        var draft = new AlarmDefinitionDraft { Name = "X", Kind = AlarmKind.BadQuality, Point = "W-101/FLOW", Message = "bad" };

        Assert.Null(draft.ToDefinition(null, out var errors));
        Assert.Contains("no point map is loaded", Assert.Single(errors).Problem);

        draft.Point = "11";
        Assert.Equal(11, draft.ToDefinition(null, out _)!.PointId);
    }

    private static AlarmDefinition Base(AlarmKind kind) => new()
    {
        Name = $"W-101.{kind}",
        Kind = kind,
        PointId = 11,
        Priority = AlarmPriority.High,
        Message = $"{kind} on W-101",
        OnDelay = TimeSpan.FromSeconds(10),
        OffDelay = TimeSpan.FromSeconds(2.5),
        Suppression = new SuppressionCondition(13, AlarmComparison.Equal, 0),
        Tags = new AlarmTags(Area: "field", Well: "W-101"),
    };

    private sealed class PointNames(Dictionary<string, long> ids) : IAlarmPointNames
    {
        public long? IdOf(string pointName) => ids.TryGetValue(pointName, out var id) ? id : null;

        public string? NameOf(long pointId) => ids.FirstOrDefault(p => p.Value == pointId).Key;
    }
}
