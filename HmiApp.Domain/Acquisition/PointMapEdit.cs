namespace HmiApp.Domain.Acquisition;

/// <summary>
/// The map an edit of one entry would give, checked as a whole exactly like an import. Issues on
/// <see cref="PointMapEditor.EditedLine"/> belong to the edited entry (their field is one of its fields);
/// any other issue belongs to the entry <see cref="EntryOf"/> names, e.g. a point the edited one now overlaps.
/// <see cref="Base"/> is the map the edit started from: applying it over any other would undo someone's change.
/// </summary>
public sealed record PointMapEdit(PointMap Base, PointMapEntry Edited, PointMapImport Import, IReadOnlyDictionary<int, PointMapEntry> Entries)
{
    public bool IsValid => Import.IsValid;

    public IEnumerable<PointMapIssue> IssuesOfEdited => Import.Issues.Where(i => i.Line == PointMapEditor.EditedLine);

    public PointMapEntry EntryOf(PointMapIssue issue) =>
        issue.Line == PointMapEditor.EditedLine ? Edited : Entries.TryGetValue(issue.Line, out var entry) ? entry : Edited;

    /// <summary>The issue worded for a form: the field, and which other entry when it is not the edited one.</summary>
    public string Describe(PointMapIssue issue) =>
        issue.Line == PointMapEditor.EditedLine ? $"{issue.Field}: {issue.Message}" : $"{EntryOf(issue)}, {issue.Field}: {issue.Message}";
}
