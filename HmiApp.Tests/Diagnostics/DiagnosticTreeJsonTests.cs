using System.Text.Json.Nodes;
using HmiApp.Domain.Diagnostics;
using HmiApp.Domain.Wells;

namespace HmiApp.Tests.Diagnostics;

public sealed class DiagnosticTreeJsonTests
{
    [Fact]
    public void Built_in_tree_survives_a_round_trip_unchanged()
    {
        var original = BuiltInDiagnosticTree.Create();
        var json = DiagnosticTreeJson.Serialize(original);

        Assert.True(DiagnosticTreeJson.TryParse(json, out var parsed, out var error), error);
        Assert.Equal(json, DiagnosticTreeJson.Serialize(parsed));
        Assert.Equal((original.Id, original.Version, original.Created, original.Author, original.RootNodeId), (parsed.Id, parsed.Version, parsed.Created, parsed.Author, parsed.RootNodeId));
        Assert.Equal(original.Nodes.Count, parsed.Nodes.Count);
        for (var i = 0; i < original.Nodes.Count; i++)
        {
            var (a, b) = (original.Nodes[i], parsed.Nodes[i]);
            Assert.Equal((a.Id, a.Test, a.WhenTrue, a.WhenFalse), (b.Id, b.Test, b.WhenTrue, b.WhenFalse));
            Assert.Equal(a.Diagnosis?.Code, b.Diagnosis?.Code);
            Assert.Equal(a.Diagnosis?.Confidence, b.Diagnosis?.Confidence);
            Assert.Equal(a.Diagnosis?.Severity, b.Diagnosis?.Severity);
            Assert.Equal(a.Diagnosis?.ExpectedResolutionTime, b.Diagnosis?.ExpectedResolutionTime);
            Assert.Equal(a.Diagnosis?.RecommendedActions ?? [], b.Diagnosis?.RecommendedActions ?? []);
        }

        Assert.Empty(DiagnosticTreeValidator.Validate(parsed));
    }

    [Fact]
    public void Json_names_enums_and_thresholds_readably()
    {
        var json = JsonNode.Parse(DiagnosticTreeJson.Serialize(BuiltInDiagnosticTree.Create()))!;
        var nodes = json["nodes"]!.AsArray();
        var overload = nodes.Single(n => (string?)n!["id"] == "overload")!;
        Assert.Equal("RatioToRated", (string?)overload["test"]!["feature"]);
        Assert.Equal("MotorCurrent", (string?)overload["test"]!["signal"]);
        Assert.Equal("GreaterThanOrEqual", (string?)overload["test"]!["comparison"]);
        Assert.Equal("overloadCurrentRatio", (string?)overload["test"]!["threshold"]!["parameter"]);
        Assert.Null(overload["test"]!["threshold"]!["value"]);

        var running = nodes.Single(n => (string?)n!["id"] == "running")!;
        Assert.Equal(0.5, (double?)running["test"]!["threshold"]!["value"]);

        var leaf = nodes.Single(n => (string?)n!["id"] == "leaf-overload")!;
        Assert.Equal("Critical", (string?)leaf["diagnosis"]!["severity"]);
        Assert.Equal("04:00:00", (string?)leaf["diagnosis"]!["expectedResolutionTime"]);
    }

    [Fact]
    public void Unknown_signal_name_is_reported_with_its_path()
    {
        var json = DiagnosticTreeJson.Serialize(BuiltInDiagnosticTree.Create()).Replace("\"signal\": \"MotorCurrent\"", "\"signal\": \"MotorAmps\"", StringComparison.Ordinal);

        Assert.False(DiagnosticTreeJson.TryParse(json, out _, out var error));
        Assert.Contains("signal", error);
        Assert.Contains("$.nodes[4].test.signal", error);
        Assert.Contains("'MotorAmps' is not a TelemetrySignal; expected one of: FlowRate, PumpIntakePressure", error);
    }

    [Fact]
    public void Missing_required_property_is_reported()
    {
        var json = JsonNode.Parse(DiagnosticTreeJson.Serialize(BuiltInDiagnosticTree.Create()))!.AsObject();
        json.Remove("rootNodeId");

        Assert.False(DiagnosticTreeJson.TryParse(json.ToJsonString(), out _, out var error));
        Assert.Contains("rootNodeId", error);
    }

    [Fact]
    public void Misspelt_property_is_reported_rather_than_ignored()
    {
        var json = DiagnosticTreeJson.Serialize(BuiltInDiagnosticTree.Create()).Replace("\"whenFalse\"", "\"whenFlase\"", StringComparison.Ordinal);

        Assert.False(DiagnosticTreeJson.TryParse(json, out _, out var error));
        Assert.Contains("whenFlase", error);
    }

    [Fact]
    public void Malformed_json_is_reported()
    {
        Assert.False(DiagnosticTreeJson.TryParse("{ \"id\": ", out _, out var error));
        Assert.StartsWith("invalid tree JSON", error);
    }

    [Fact]
    public void Small_tree_written_by_hand_parses_and_evaluates()
    {
        const string json = """
            {
              "id": "hand", "version": 3, "created": "2026-03-01T00:00:00+00:00", "author": "field engineer",
              "description": "hot or not", "rootNodeId": "hot?",
              "nodes": [
                { "id": "hot?", "test": { "feature": "Mean", "signal": "MotorTemperature", "comparison": "GreaterThan", "threshold": { "value": 130 } },
                  "whenTrue": "hot", "whenFalse": "fine" },
                { "id": "hot", "diagnosis": { "code": "HOT", "title": "Hot", "severity": "High", "confidence": 0.7,
                  "recommendedActions": ["Lower frequency"], "expectedResolutionTime": "02:00:00" } },
                { "id": "fine", "diagnosis": { "code": "FINE", "title": "Fine", "severity": "Info", "confidence": 1,
                  "recommendedActions": [], "expectedResolutionTime": "00:00:00" } }
              ]
            }
            """;

        Assert.True(DiagnosticTreeJson.TryParse(json, out var tree, out var error), error);
        Assert.Empty(DiagnosticTreeValidator.Validate(tree));
        var hot = TelemetryScenario.Normal with { Temperature = 131 };
        var result = DiagnosticEvaluator.Evaluate(tree, hot.Window(), WellDiagnosticParameters.Defaults, TelemetryScenario.Normal.Baseline());
        Assert.Equal("HOT", result.Diagnosis.Code);
        Assert.Equal(TimeSpan.FromHours(2), result.Diagnosis.ExpectedResolutionTime);
        Assert.Equal(TelemetrySignal.MotorTemperature, result.Explanation.Steps.Single().Signal);
    }
}
