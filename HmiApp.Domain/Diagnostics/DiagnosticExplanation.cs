namespace HmiApp.Domain.Diagnostics;

/// <summary>How a diagnosis was reached: which tree, over which readings, and every test on the path to the leaf.</summary>
public sealed record DiagnosticExplanation(
    string TreeId,
    int TreeVersion,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    IReadOnlyList<ExplanationStep> Steps,
    string LeafNodeId)
{
    public IReadOnlyList<string> Describe() =>
    [
        $"tree {TreeId} v{TreeVersion}, readings {WindowStart:O} .. {WindowEnd:O}",
        .. Steps.Select(s => s.Describe()),
        $"-> leaf {LeafNodeId}",
    ];
}
