namespace HmiApp.Infrastructure.Acquisition.Files;

/// <summary>A YAML or JSON value with the line it starts on, so that both formats share one reader.</summary>
internal abstract record DocumentNode(int Line);

internal sealed record DocumentScalar(int Line, string? Value) : DocumentNode(Line);

internal sealed record DocumentList(int Line, IReadOnlyList<DocumentNode> Items) : DocumentNode(Line);

internal sealed record DocumentMap(int Line, IReadOnlyList<KeyValuePair<string, DocumentNode>> Entries) : DocumentNode(Line);
