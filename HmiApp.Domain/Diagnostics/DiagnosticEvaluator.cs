using HmiApp.Domain.Wells;

namespace HmiApp.Domain.Diagnostics;

/// <summary>
/// Walks a tree over one window of a well's readings. It only reads: the result advises an operator and
/// nothing here can command a device.
/// </summary>
public static class DiagnosticEvaluator
{
    /// <param name="tree">A tree that passed <see cref="DiagnosticTreeValidator"/> (the registry guarantees this).</param>
    /// <param name="window">Readings to judge; its well supplies rated values and geometry.</param>
    /// <param name="parameters">The well's thresholds.</param>
    /// <param name="baseline">The well's normal operation, for ratio-to-baseline features.</param>
    public static DiagnosticResult Evaluate(DiagnosticTree tree, TelemetryWindow window, WellDiagnosticParameters parameters, TelemetryBaseline baseline)
    {
        var nodes = tree.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var steps = new List<ExplanationStep>();
        var node = Find(tree, nodes, tree.RootNodeId);
        while (node.Diagnosis is null)
        {
            if (steps.Count >= nodes.Count || node.Test is null)
            {
                throw new InvalidOperationException($"tree '{tree.Id}' v{tree.Version} is invalid at node '{node.Id}'; validate it before evaluating");
            }

            var test = node.Test;
            var value = window.Feature(test.Feature, test.Signal, baseline);
            var threshold = test.Threshold.Parameter is { } name ? parameters.ValueOf(name) : test.Threshold.Value!.Value;
            var outcome = FeatureTest.Compare(value, test.Comparison, threshold);
            steps.Add(new ExplanationStep(node.Id, test.Feature, test.Signal, test.Comparison, value, threshold, test.Threshold.Parameter, outcome));
            node = Find(tree, nodes, outcome ? node.WhenTrue : node.WhenFalse);
        }

        var explanation = new DiagnosticExplanation(tree.Id, tree.Version, window.Start, window.End, steps, node.Id);
        return new DiagnosticResult(node.Diagnosis, explanation);
    }

    private static DiagnosticNode Find(DiagnosticTree tree, Dictionary<string, DiagnosticNode> nodes, string? id) =>
        id is not null && nodes.TryGetValue(id, out var node)
            ? node
            : throw new InvalidOperationException($"tree '{tree.Id}' v{tree.Version} refers to missing node '{id}'; validate it before evaluating");
}
