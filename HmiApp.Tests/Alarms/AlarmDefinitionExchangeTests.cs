using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Alarms;

namespace HmiApp.Tests.Alarms;

public sealed class AlarmDefinitionExchangeTests
{
    private static readonly AlarmDefinitionExchange Exchange = new(new PointNames(new()
    {
        ["W-101.FLOW"] = 11,
        ["W-101.RUN"] = 12,
        ["ZONE-1.TEMP"] = 21,
        ["ZONE-1.SETPOINT"] = 22,
    }));

    private static readonly AlarmDefinition[] Definitions =
    [
        new()
        {
            Name = "W-101.FLOW.L", Kind = AlarmKind.Low, PointId = 11, Limit = 20, Deadband = 2, Priority = AlarmPriority.High,
            Message = "Low flow on W-101", OnDelay = TimeSpan.FromSeconds(10), OffDelay = TimeSpan.FromSeconds(5),
            Suppression = new SuppressionCondition(12, AlarmComparison.Equal, 0), Tags = new AlarmTags(Area: "field", Well: "W-101"),
        },
        new() { Name = "ZONE-1.DEV", Kind = AlarmKind.Deviation, PointId = 21, SetpointPointId = 22, Limit = 3, Message = "Zone 1 far from setpoint", Tags = new AlarmTags(Zone: "1") },
        new() { Name = "W-101.TRIP", Kind = AlarmKind.Discrete, PointId = 12, DiscreteComparison = AlarmComparison.NotEqual, DiscreteValue = 1, Priority = AlarmPriority.Urgent, Message = "W-101 stopped" },
        new() { Name = "W-101.COMMS", Kind = AlarmKind.CommunicationLost, DeviceId = "W-101", Message = "W-101 does not answer" },
    ];

    [Fact]
    public void Definitions_survive_a_yaml_round_trip_with_points_by_name()
    {
        var yaml = Exchange.ToYaml(Definitions);
        Assert.Contains("point: W-101.FLOW", yaml);
        Assert.Contains("setpoint: ZONE-1.SETPOINT", yaml);
        var imported = Exchange.FromYaml(yaml);
        Assert.Empty(imported.Problems);
        Assert.Equal(Definitions, imported.Definitions);
    }

    [Fact]
    public void Definitions_survive_a_json_round_trip()
    {
        var imported = Exchange.FromJson(Exchange.ToJson(Definitions));
        Assert.Empty(imported.Problems);
        Assert.Equal(Definitions, imported.Definitions);
    }

    [Fact]
    public void A_hand_written_yaml_file_is_read()
    {
        const string yaml = """
            alarms:
              - name: W-101.FLOW.LL
                kind: lowlow
                point: W-101.FLOW
                limit: 5
                priority: 1
                message: Flow very low
                suppressWhen: { point: W-101.RUN, comparison: Equal, value: 0 }
                tags: { well: W-101 }
            """;
        var imported = Exchange.FromYaml(yaml);
        var definition = Assert.Single(imported.Definitions);
        Assert.Equal((AlarmKind.LowLow, 11L, AlarmPriority.Urgent, 12L, "W-101"), (definition.Kind, definition.PointId, definition.Priority, definition.Suppression!.PointId, definition.Tags.Well));
    }

    [Fact]
    public void Every_problem_of_an_import_is_reported_naming_alarm_field_and_value_and_nothing_is_imported()
    {
        const string yaml = """
            alarms:
              - { name: A, kind: High, point: NO.SUCH.POINT, limit: 5, message: m }
              - { name: B, kind: Loud, point: W-101.FLOW, message: m }
              - { name: C, kind: Deviation, point: W-101.FLOW, limit: 5, message: m }
              - { name: D, kind: High, point: W-101.FLOW, limit: 5, message: m, priority: 9 }
              - { name: E, kind: Discrete, point: W-101.RUN, comparison: About, value: 1, message: m }
            """;
        var imported = Exchange.FromYaml(yaml);
        Assert.Empty(imported.Definitions);
        Assert.Contains("Alarm 'A', point: 'NO.SUCH.POINT' is not a point of the point map.", imported.Problems);
        Assert.Contains(imported.Problems, p => p.StartsWith("Alarm 'B', kind: 'Loud' is not an alarm kind. Use one of: High, HighHigh", StringComparison.Ordinal));
        Assert.Contains(imported.Problems, p => p.StartsWith("Alarm 'C', setpointPoint: is missing", StringComparison.Ordinal));
        Assert.Contains(imported.Problems, p => p.StartsWith("Alarm 'D', priority: 9 is not a priority", StringComparison.Ordinal));
        Assert.Contains(imported.Problems, p => p.StartsWith("Alarm 'E', comparison: 'About' is not a comparison", StringComparison.Ordinal));
    }

    [Fact]
    public void Malformed_yaml_and_json_are_reported_with_their_position()
    {
        Assert.StartsWith("YAML line 2", Assert.Single(Exchange.FromYaml("alarms:\n  - name: [unclosed\n").Problems));
        Assert.StartsWith("JSON $.alarms[0].colour", Assert.Single(Exchange.FromJson("""{"alarms":[{"name":"A","colour":"red"}]}""").Problems));
    }

    private sealed class PointNames(Dictionary<string, long> byName) : IAlarmPointNames
    {
        public long? IdOf(string pointName) => byName.TryGetValue(pointName, out var id) ? id : null;

        public string? NameOf(long pointId) => byName.FirstOrDefault(p => p.Value == pointId).Key;
    }
}
