using HmiApp.Domain.Diagnostics;
using HmiApp.Domain.Wells;

namespace HmiApp.Tests.Diagnostics;

public sealed class DiagnosticTreeValidatorTests
{
    private static readonly Diagnosis Ok = new("OK", "Fine", DiagnosisSeverity.Info, 0.9, ["Nothing"], TimeSpan.Zero);
    private static readonly Diagnosis Hot = new("HOT", "Hot", DiagnosisSeverity.High, 0.8, ["Cool it"], TimeSpan.FromHours(1));
    private static readonly FeatureTest HotTest = new(TelemetryFeature.Mean, TelemetrySignal.MotorTemperature, ComparisonOperator.GreaterThan, Threshold.Absolute(140));

    [Fact]
    public void Built_in_tree_is_valid()
    {
        Assert.Empty(DiagnosticTreeValidator.Validate(BuiltInDiagnosticTree.Create()));
    }

    [Fact]
    public void Small_valid_tree_is_valid()
    {
        Assert.Empty(DiagnosticTreeValidator.Validate(Tree()));
    }

    [Fact]
    public void Unknown_signal_is_rejected()
    {
        var tree = Tree(root: DiagnosticNode.Decision("root", HotTest with { Signal = (TelemetrySignal)99 }, "hot", "ok"));
        AssertRejected(tree, "root", "unknown signal 99");
    }

    [Fact]
    public void Unknown_feature_is_rejected()
    {
        var tree = Tree(root: DiagnosticNode.Decision("root", HotTest with { Feature = (TelemetryFeature)42 }, "hot", "ok"));
        AssertRejected(tree, "root", "unknown feature 42");
    }

    [Fact]
    public void Feature_the_signal_does_not_support_is_rejected()
    {
        var tree = Tree(root: DiagnosticNode.Decision("root", HotTest with { Feature = TelemetryFeature.RatioToRated, Signal = TelemetrySignal.Vibration }, "hot", "ok"));
        AssertRejected(tree, "root", "feature RatioToRated is not available for signal Vibration");

        var headroom = Tree(root: DiagnosticNode.Decision("root", HotTest with { Feature = TelemetryFeature.HeadroomToLimit, Signal = TelemetrySignal.FlowRate }, "hot", "ok"));
        AssertRejected(headroom, "root", "feature HeadroomToLimit is not available for signal FlowRate");

        var endHeadroom = Tree(root: DiagnosticNode.Decision("root", HotTest with { Feature = TelemetryFeature.EndHeadroomToLimit, Signal = TelemetrySignal.FlowRate }, "hot", "ok"));
        AssertRejected(endHeadroom, "root", "feature EndHeadroomToLimit is not available for signal FlowRate");
    }

    [Fact]
    public void Alternative_more_severe_than_its_diagnosis_is_rejected_so_severity_follows_the_worst_consequence()
    {
        var tree = BuiltInDiagnosticTree.Create();
        var nodes = tree.Nodes.Select(n => n.Id == "leaf-pump-off"
            ? n with { Diagnosis = n.Diagnosis! with { Alternatives = [new DiagnosisAlternative(DiagnosisCodes.BrokenShaft, "Broken shaft", DiagnosisSeverity.Critical, 0.1, "a restart test")] } }
            : n).ToList();

        var errors = DiagnosticTreeValidator.Validate(tree with { Nodes = nodes });

        Assert.Contains(errors, e => e.NodeId == "leaf-pump-off" && e.Message.Contains("BROKEN_SHAFT is Critical, more severe than the diagnosis (High)", StringComparison.Ordinal));
    }

    [Fact]
    public void Alternative_without_what_tells_it_apart_or_more_likely_than_the_diagnosis_is_rejected()
    {
        var tree = BuiltInDiagnosticTree.Create();
        var nodes = tree.Nodes.Select(n => n.Id == "leaf-gas-lock"
            ? n with { Diagnosis = n.Diagnosis! with { Alternatives = [new DiagnosisAlternative(DiagnosisCodes.GasInterference, "Gas interference", DiagnosisSeverity.Medium, 0.95, " ")] } }
            : n).ToList();

        var errors = DiagnosticTreeValidator.Validate(tree with { Nodes = nodes });

        Assert.Contains(errors, e => e.NodeId == "leaf-gas-lock" && e.Message.Contains("needs a title and what tells it apart", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.NodeId == "leaf-gas-lock" && e.Message.Contains("confidence 0.95 must be within 0..0.8", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_comparison_is_rejected()
    {
        var tree = Tree(root: DiagnosticNode.Decision("root", HotTest with { Comparison = (ComparisonOperator)7 }, "hot", "ok"));
        AssertRejected(tree, "root", "unknown comparison 7");
    }

    [Fact]
    public void Missing_branch_is_rejected()
    {
        var tree = Tree(root: new DiagnosticNode("root", HotTest, WhenTrue: "hot"), extra: []);
        AssertRejected(tree, "root", "missing branch whenFalse");
    }

    [Fact]
    public void Branch_to_an_unknown_node_is_rejected()
    {
        var tree = Tree(root: DiagnosticNode.Decision("root", HotTest, "hot", "nowhere"));
        AssertRejected(tree, "root", "branch whenFalse points at unknown node 'nowhere'");
    }

    [Fact]
    public void Cycle_is_rejected()
    {
        var tree = Tree(
            root: DiagnosticNode.Decision("root", HotTest, "hot", "again"),
            extra: [DiagnosticNode.Decision("again", HotTest, "root", "ok")]);
        AssertRejected(tree, "again", "cycle: branch back to 'root'");
    }

    [Fact]
    public void Shared_sub_tree_without_a_cycle_is_accepted()
    {
        var tree = Tree(
            root: DiagnosticNode.Decision("root", HotTest, "second", "hot"),
            extra: [DiagnosticNode.Decision("second", HotTest with { Threshold = Threshold.Absolute(145) }, "hot", "ok")]);
        Assert.Empty(DiagnosticTreeValidator.Validate(tree));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Confidence_outside_zero_to_one_is_rejected(double confidence)
    {
        var tree = Tree(hot: Hot with { Confidence = confidence });
        AssertRejected(tree, "hot", $"confidence {confidence} is outside 0..1");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Confidence_at_the_ends_of_zero_to_one_is_accepted(double confidence)
    {
        Assert.Empty(DiagnosticTreeValidator.Validate(Tree(hot: Hot with { Confidence = confidence })));
    }

    [Fact]
    public void Unknown_parameter_is_rejected()
    {
        var tree = Tree(root: DiagnosticNode.Decision("root", HotTest with { Threshold = Threshold.OfParameter("hotnessRatio") }, "hot", "ok"));
        AssertRejected(tree, "root", "unknown parameter 'hotnessRatio'");
    }

    [Fact]
    public void Known_parameter_is_accepted()
    {
        var tree = Tree(root: DiagnosticNode.Decision("root", HotTest with { Threshold = Threshold.OfParameter(WellDiagnosticParameters.OverheatHeadroomC) }, "hot", "ok"));
        Assert.Empty(DiagnosticTreeValidator.Validate(tree));
    }

    [Fact]
    public void Duplicate_node_ids_are_rejected()
    {
        var tree = Tree(extra: [DiagnosticNode.Leaf("ok", Ok)]);
        AssertRejected(tree, "ok", "duplicate node id");
    }

    [Fact]
    public void Threshold_with_both_or_neither_value_and_parameter_is_rejected()
    {
        var both = Tree(root: DiagnosticNode.Decision("root", HotTest with { Threshold = new Threshold(140, WellDiagnosticParameters.OverheatHeadroomC) }, "hot", "ok"));
        AssertRejected(both, "root", "threshold must have exactly one of value or parameter");
        var neither = Tree(root: DiagnosticNode.Decision("root", HotTest with { Threshold = new Threshold() }, "hot", "ok"));
        AssertRejected(neither, "root", "threshold must have exactly one of value or parameter");
        var infinite = Tree(root: DiagnosticNode.Decision("root", HotTest with { Threshold = Threshold.Absolute(double.PositiveInfinity) }, "hot", "ok"));
        AssertRejected(infinite, "root", "is not a finite number");
    }

    [Fact]
    public void Missing_root_is_rejected()
    {
        AssertRejected(Tree() with { RootNodeId = "start" }, null, "root node 'start' does not exist");
    }

    [Fact]
    public void Unreachable_node_is_rejected()
    {
        var tree = Tree(extra: [DiagnosticNode.Leaf("orphan", Ok)]);
        AssertRejected(tree, "orphan", "unreachable from the root");
    }

    [Fact]
    public void Node_that_is_both_leaf_and_decision_or_neither_is_rejected()
    {
        var both = Tree(root: new DiagnosticNode("root", HotTest, "hot", "ok", Ok));
        AssertRejected(both, "root", "is both a leaf");
        var neither = Tree(extra: [], root: new DiagnosticNode("root"));
        AssertRejected(neither, "root", "has neither a test nor a diagnosis");
    }

    [Fact]
    public void Bad_header_and_diagnosis_fields_are_rejected()
    {
        var tree = Tree(hot: Hot with { Code = " ", Title = "", ExpectedResolutionTime = TimeSpan.FromMinutes(-1), RecommendedActions = ["Cool it", ""] })
            with { Id = "", Version = 0, Author = " " };
        var messages = DiagnosticTreeValidator.Validate(tree).Select(e => e.ToString()).ToList();

        Assert.Contains("tree id is empty", messages);
        Assert.Contains("version 0 is invalid: must be 1 or more", messages);
        Assert.Contains("author is empty", messages);
        Assert.Contains("node 'hot': diagnosis code is empty", messages);
        Assert.Contains("node 'hot': diagnosis title is empty", messages);
        Assert.Contains("node 'hot': expected resolution time -00:01:00 is negative", messages);
        Assert.Contains("node 'hot': a recommended action is empty", messages);
    }

    [Fact]
    public void All_problems_are_reported_at_once()
    {
        var tree = Tree(root: DiagnosticNode.Decision("root", HotTest with { Threshold = Threshold.OfParameter("nope") }, "hot", "missing"), hot: Hot with { Confidence = 2 });
        Assert.True(DiagnosticTreeValidator.Validate(tree).Count >= 3);
    }

    internal static DiagnosticTree Tree(DiagnosticNode? root = null, Diagnosis? hot = null, DiagnosticNode[]? extra = null)
    {
        List<DiagnosticNode> nodes =
        [
            root ?? DiagnosticNode.Decision("root", HotTest, "hot", "ok"),
            DiagnosticNode.Leaf("hot", hot ?? Hot),
            DiagnosticNode.Leaf("ok", Ok),
            .. extra ?? [],
        ];
        if (root is { Test: null, Diagnosis: null })
        {
            nodes.RemoveAll(n => n.Id is "hot" or "ok");
        }

        return new DiagnosticTree("t", 1, TelemetryScenario.Start, "tester", "test tree", "root", nodes);
    }

    private static void AssertRejected(DiagnosticTree tree, string? nodeId, string messagePart)
    {
        var errors = DiagnosticTreeValidator.Validate(tree);
        Assert.Contains(errors, e => e.NodeId == nodeId && e.Message.Contains(messagePart, StringComparison.Ordinal));
    }
}
