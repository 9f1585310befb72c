using HmiApp.Domain.Wells;

namespace HmiApp.Domain.Diagnostics;

/// <summary>Finds every reason a tree cannot be put in force; an empty list means it is sound.</summary>
public static class DiagnosticTreeValidator
{
    public static IReadOnlyList<DiagnosticTreeError> Validate(DiagnosticTree tree)
    {
        var errors = new List<DiagnosticTreeError>();
        ValidateHeader(tree, errors);

        var nodes = new Dictionary<string, DiagnosticNode>(StringComparer.Ordinal);
        foreach (var node in tree.Nodes)
        {
            if (string.IsNullOrWhiteSpace(node.Id))
            {
                errors.Add(new DiagnosticTreeError(null, "a node has no id"));
            }
            else if (!nodes.TryAdd(node.Id, node))
            {
                errors.Add(new DiagnosticTreeError(node.Id, "duplicate node id"));
            }
        }

        foreach (var node in tree.Nodes)
        {
            ValidateNode(node, nodes, errors);
        }

        if (!nodes.ContainsKey(tree.RootNodeId))
        {
            errors.Add(new DiagnosticTreeError(null, $"root node '{tree.RootNodeId}' does not exist"));
            return errors;
        }

        ValidateShape(tree.RootNodeId, nodes, errors);
        return errors;
    }

    private static void ValidateHeader(DiagnosticTree tree, List<DiagnosticTreeError> errors)
    {
        if (string.IsNullOrWhiteSpace(tree.Id))
        {
            errors.Add(new DiagnosticTreeError(null, "tree id is empty"));
        }

        if (tree.Version < 1)
        {
            errors.Add(new DiagnosticTreeError(null, $"version {tree.Version} is invalid: must be 1 or more"));
        }

        if (string.IsNullOrWhiteSpace(tree.Author))
        {
            errors.Add(new DiagnosticTreeError(null, "author is empty"));
        }

        if (tree.Nodes.Count == 0)
        {
            errors.Add(new DiagnosticTreeError(null, "tree has no nodes"));
        }
    }

    private static void ValidateNode(DiagnosticNode node, Dictionary<string, DiagnosticNode> nodes, List<DiagnosticTreeError> errors)
    {
        var hasBranches = node.Test is not null || node.WhenTrue is not null || node.WhenFalse is not null;
        if (node.Diagnosis is not null && hasBranches)
        {
            errors.Add(new DiagnosticTreeError(node.Id, "is both a leaf (has a diagnosis) and a decision (has a test or branches)"));
        }

        if (node.Diagnosis is not null)
        {
            ValidateDiagnosis(node.Id, node.Diagnosis, errors);
            return;
        }

        if (node.Test is null)
        {
            errors.Add(new DiagnosticTreeError(node.Id, "has neither a test nor a diagnosis"));
        }
        else
        {
            ValidateTest(node.Id, node.Test, errors);
        }

        ValidateBranch(node.Id, "whenTrue", node.WhenTrue, nodes, errors);
        ValidateBranch(node.Id, "whenFalse", node.WhenFalse, nodes, errors);
    }

    private static void ValidateBranch(string nodeId, string branch, string? target, Dictionary<string, DiagnosticNode> nodes, List<DiagnosticTreeError> errors)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            errors.Add(new DiagnosticTreeError(nodeId, $"missing branch {branch}"));
        }
        else if (!nodes.ContainsKey(target))
        {
            errors.Add(new DiagnosticTreeError(nodeId, $"branch {branch} points at unknown node '{target}'"));
        }
    }

    private static void ValidateTest(string nodeId, FeatureTest test, List<DiagnosticTreeError> errors)
    {
        if (!Enum.IsDefined(test.Signal))
        {
            errors.Add(new DiagnosticTreeError(nodeId, $"unknown signal {(int)test.Signal}"));
        }

        if (!Enum.IsDefined(test.Feature))
        {
            errors.Add(new DiagnosticTreeError(nodeId, $"unknown feature {(int)test.Feature}"));
        }
        else if (test.Feature is TelemetryFeature.RatioToRated or TelemetryFeature.EndRatioToRated && Enum.IsDefined(test.Signal) && !TelemetryWindow.HasRatedValue(test.Signal))
        {
            errors.Add(new DiagnosticTreeError(nodeId, $"feature {test.Feature} is not available for signal {test.Signal}: the well has no rated value for it"));
        }
        else if (test.Feature is TelemetryFeature.HeadroomToLimit or TelemetryFeature.EndHeadroomToLimit && Enum.IsDefined(test.Signal) && !TelemetryWindow.HasLimit(test.Signal))
        {
            errors.Add(new DiagnosticTreeError(nodeId, $"feature {test.Feature} is not available for signal {test.Signal}: the well has no limit for it"));
        }

        if (!Enum.IsDefined(test.Comparison))
        {
            errors.Add(new DiagnosticTreeError(nodeId, $"unknown comparison {(int)test.Comparison}"));
        }

        var threshold = test.Threshold;
        if (threshold.Value is null == threshold.Parameter is null)
        {
            errors.Add(new DiagnosticTreeError(nodeId, "threshold must have exactly one of value or parameter"));
        }
        else if (threshold.Value is { } value && !double.IsFinite(value))
        {
            errors.Add(new DiagnosticTreeError(nodeId, $"threshold value {value} is not a finite number"));
        }
        else if (threshold.Parameter is { } parameter && !WellDiagnosticParameters.IsKnown(parameter))
        {
            errors.Add(new DiagnosticTreeError(nodeId, $"unknown parameter '{parameter}'"));
        }
    }

    private static void ValidateDiagnosis(string nodeId, Diagnosis diagnosis, List<DiagnosticTreeError> errors)
    {
        if (string.IsNullOrWhiteSpace(diagnosis.Code))
        {
            errors.Add(new DiagnosticTreeError(nodeId, "diagnosis code is empty"));
        }

        if (string.IsNullOrWhiteSpace(diagnosis.Title))
        {
            errors.Add(new DiagnosticTreeError(nodeId, "diagnosis title is empty"));
        }

        if (!Enum.IsDefined(diagnosis.Severity))
        {
            errors.Add(new DiagnosticTreeError(nodeId, $"unknown severity {(int)diagnosis.Severity}"));
        }

        if (double.IsNaN(diagnosis.Confidence) || diagnosis.Confidence < 0 || diagnosis.Confidence > 1)
        {
            errors.Add(new DiagnosticTreeError(nodeId, $"confidence {diagnosis.Confidence} is outside 0..1"));
        }

        if (diagnosis.ExpectedResolutionTime < TimeSpan.Zero)
        {
            errors.Add(new DiagnosticTreeError(nodeId, $"expected resolution time {diagnosis.ExpectedResolutionTime} is negative"));
        }

        if (diagnosis.RecommendedActions.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(new DiagnosticTreeError(nodeId, "a recommended action is empty"));
        }

        foreach (var alternative in diagnosis.Alternatives)
        {
            ValidateAlternative(nodeId, diagnosis, alternative, errors);
        }
    }

    private static void ValidateAlternative(string nodeId, Diagnosis diagnosis, DiagnosisAlternative alternative, List<DiagnosticTreeError> errors)
    {
        if (string.IsNullOrWhiteSpace(alternative.Code) || alternative.Code == diagnosis.Code)
        {
            errors.Add(new DiagnosticTreeError(nodeId, $"alternative code '{alternative.Code}' must name another diagnosis than {diagnosis.Code}"));
        }

        if (string.IsNullOrWhiteSpace(alternative.Title) || string.IsNullOrWhiteSpace(alternative.TellApart))
        {
            errors.Add(new DiagnosticTreeError(nodeId, $"alternative {alternative.Code} needs a title and what tells it apart"));
        }

        if (double.IsNaN(alternative.Confidence) || alternative.Confidence < 0 || alternative.Confidence > diagnosis.Confidence)
        {
            errors.Add(new DiagnosticTreeError(nodeId, $"alternative {alternative.Code} confidence {alternative.Confidence} must be within 0..{diagnosis.Confidence} (the diagnosis' own)"));
        }

        // Severity follows the consequence: a leaf that admits a worse fault may be happening must warn as that fault.
        if (!Enum.IsDefined(alternative.Severity) || alternative.Severity < diagnosis.Severity)
        {
            errors.Add(new DiagnosticTreeError(nodeId, $"alternative {alternative.Code} is {alternative.Severity}, more severe than the diagnosis ({diagnosis.Severity}): raise the diagnosis' severity"));
        }
    }

    /// <summary>Depth-first from the root: a node met again on the current path is a cycle; a node never met is unreachable.</summary>
    private static void ValidateShape(string rootId, Dictionary<string, DiagnosticNode> nodes, List<DiagnosticTreeError> errors)
    {
        var finished = new HashSet<string>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(string Id, bool Leaving)>();
        stack.Push((rootId, false));
        while (stack.Count > 0)
        {
            var (id, leaving) = stack.Pop();
            if (leaving)
            {
                onPath.Remove(id);
                finished.Add(id);
                continue;
            }

            if (finished.Contains(id))
            {
                continue;
            }

            onPath.Add(id);
            stack.Push((id, true));
            var node = nodes[id];
            foreach (var next in new[] { node.WhenTrue, node.WhenFalse })
            {
                if (next is null || !nodes.ContainsKey(next))
                {
                    continue;
                }

                if (onPath.Contains(next))
                {
                    errors.Add(new DiagnosticTreeError(id, $"cycle: branch back to '{next}'"));
                }
                else if (!finished.Contains(next))
                {
                    stack.Push((next, false));
                }
            }
        }

        foreach (var id in nodes.Keys.Where(id => !finished.Contains(id)))
        {
            errors.Add(new DiagnosticTreeError(id, "unreachable from the root"));
        }
    }
}
