namespace HmiApp.Domain.Diagnostics;

/// <summary>Why a tree was rejected; <see cref="NodeId"/> is null for problems of the tree as a whole.</summary>
public sealed record DiagnosticTreeError(string? NodeId, string Message)
{
    public override string ToString() => NodeId is null ? Message : $"node '{NodeId}': {Message}";
}
