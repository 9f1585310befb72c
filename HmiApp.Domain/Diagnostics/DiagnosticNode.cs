namespace HmiApp.Domain.Diagnostics;

/// <summary>
/// A decision (a test plus the ids of the nodes to go to when it holds or not) or a leaf (a diagnosis).
/// Nodes refer to each other by id, so a tree is a flat list that can share a sub-tree between branches.
/// </summary>
public sealed record DiagnosticNode(
    string Id,
    FeatureTest? Test = null,
    string? WhenTrue = null,
    string? WhenFalse = null,
    Diagnosis? Diagnosis = null)
{
    public static DiagnosticNode Decision(string id, FeatureTest test, string whenTrue, string whenFalse) =>
        new(id, test, whenTrue, whenFalse);

    public static DiagnosticNode Leaf(string id, Diagnosis diagnosis) => new(id, Diagnosis: diagnosis);

    public bool IsLeaf => Diagnosis is not null;
}
