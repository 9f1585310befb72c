using HmiApp.Domain.Diagnostics;
using HmiApp.Domain.Wells;

namespace HmiApp.Tests.Diagnostics;

public sealed class DiagnosticEvaluatorTests
{
    private static readonly DiagnosticTree Tree = BuiltInDiagnosticTree.Create();
    private static readonly TelemetryBaseline Baseline = TelemetryScenario.Normal.Baseline();

    [Fact]
    public void Explanation_lists_every_test_on_the_path_with_value_threshold_source_and_outcome()
    {
        var overloaded = TelemetryScenario.Normal with { Current = 65 };
        var result = DiagnosticEvaluator.Evaluate(Tree, overloaded.Window(), WellDiagnosticParameters.Defaults, Baseline);

        Assert.Equal(DiagnosisCodes.Overload, result.Diagnosis.Code);
        var explanation = result.Explanation;
        Assert.Equal(("esp-builtin", BuiltInDiagnosticTree.TreeVersion, "leaf-overload"), (explanation.TreeId, explanation.TreeVersion, explanation.LeafNodeId));
        Assert.Equal(TelemetryScenario.Start, explanation.WindowStart);
        Assert.Equal(TelemetryScenario.Start.AddSeconds(59), explanation.WindowEnd);
        Assert.Equal(["running", "phase-unbalance", "insulation", "frequency-transient", "overload"], explanation.Steps.Select(s => s.NodeId));
        Assert.Equal([false, false, false, false, true], explanation.Steps.Select(s => s.Outcome));

        var running = explanation.Steps[0];
        Assert.Equal((TelemetryFeature.Latest, TelemetrySignal.Running, 1.0, 0.5, (string?)null), (running.Feature, running.Signal, running.FeatureValue, running.ThresholdValue, running.ThresholdParameter));
        Assert.Equal("absolute", running.ThresholdSource);

        var overload = explanation.Steps[^1];
        Assert.Equal(TelemetryFeature.RatioToRated, overload.Feature);
        Assert.Equal(TelemetrySignal.MotorCurrent, overload.Signal);
        Assert.Equal(ComparisonOperator.GreaterThanOrEqual, overload.Comparison);
        Assert.Equal(1.3, overload.FeatureValue, precision: 9);
        Assert.Equal(1.25, overload.ThresholdValue);
        Assert.Equal(WellDiagnosticParameters.OverloadCurrentRatio, overload.ThresholdParameter);
        Assert.Equal("parameter overloadCurrentRatio = 1.25", overload.ThresholdSource);
        Assert.Equal("overload: RatioToRated(MotorCurrent) = 1.3 >= 1.25 (parameter overloadCurrentRatio = 1.25) -> true", overload.Describe());

        var lines = explanation.Describe();
        Assert.StartsWith($"tree esp-builtin v{BuiltInDiagnosticTree.TreeVersion}, readings 2026-03-01T12:00:00", lines[0]);
        Assert.Equal("-> leaf leaf-overload", lines[^1]);
        Assert.Equal(explanation.Steps.Count + 2, lines.Count);
    }

    [Fact]
    public void Tuning_a_well_parameter_moves_the_decision_without_changing_the_tree()
    {
        var window = (TelemetryScenario.Normal with { Current = 65 }).Window();
        var tuned = WellDiagnosticParameters.Defaults.With(WellDiagnosticParameters.OverloadCurrentRatio, 1.4);

        var result = DiagnosticEvaluator.Evaluate(Tree, window, tuned, Baseline);

        Assert.NotEqual(DiagnosisCodes.Overload, result.Diagnosis.Code);
        var overloadStep = result.Explanation.Steps.Single(s => s.NodeId == "overload");
        Assert.Equal("parameter overloadCurrentRatio = 1.4", overloadStep.ThresholdSource);
        Assert.False(overloadStep.Outcome);
        Assert.Equal(1.25, WellDiagnosticParameters.Defaults.ValueOf(WellDiagnosticParameters.OverloadCurrentRatio));
    }

    [Fact]
    public void Normal_explanation_walks_to_the_normal_leaf()
    {
        var result = DiagnosticEvaluator.Evaluate(Tree, TelemetryScenario.Normal.Window(), WellDiagnosticParameters.Defaults, Baseline);

        Assert.Equal(DiagnosisCodes.Normal, result.Diagnosis.Code);
        Assert.Equal("leaf-normal", result.Explanation.LeafNodeId);
        Assert.All(result.Explanation.Steps, s => Assert.False(s.Outcome));
        Assert.Contains(result.Explanation.Steps, s => s.NodeId == "no-flow" && s.FeatureValue == 1.0);
    }

    [Fact]
    public void Unknown_parameter_name_is_refused_when_tuning()
    {
        var error = Assert.Throws<ArgumentException>(() => WellDiagnosticParameters.Defaults.With("overloadRatio", 1.3));
        Assert.Contains("unknown diagnostic parameter 'overloadRatio'", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => WellDiagnosticParameters.Defaults.With(WellDiagnosticParameters.OverloadCurrentRatio, double.NaN));
    }

    [Fact]
    public void Evaluating_a_tree_with_a_cycle_fails_instead_of_looping()
    {
        var cyclic = DiagnosticTreeValidatorTests.Tree(root: DiagnosticNode.Decision(
            "root",
            new FeatureTest(TelemetryFeature.Mean, TelemetrySignal.MotorTemperature, ComparisonOperator.LessThan, Threshold.Absolute(1000)),
            "root",
            "ok"));

        var error = Assert.Throws<InvalidOperationException>(() => DiagnosticEvaluator.Evaluate(cyclic, TelemetryScenario.Normal.Window(), WellDiagnosticParameters.Defaults, Baseline));
        Assert.Contains("validate it before evaluating", error.Message);
    }
}
