namespace HmiApp.Domain.Diagnostics;

/// <summary>A versioned decision tree, held as data so it can be reviewed, stored as JSON and replaced at run time.</summary>
public sealed record DiagnosticTree(
    string Id,
    int Version,
    DateTimeOffset Created,
    string Author,
    string Description,
    string RootNodeId,
    IReadOnlyList<DiagnosticNode> Nodes);
