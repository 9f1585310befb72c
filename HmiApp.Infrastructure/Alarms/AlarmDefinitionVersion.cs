namespace HmiApp.Infrastructure.Alarms;

/// <summary>
/// One saved version of one alarm definition (table <c>alarm_definition_versions</c>). Every save adds
/// a version and keeps the old ones: the table is also the record of who changed what, and when.
/// </summary>
public sealed class AlarmDefinitionVersion
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public int Version { get; set; }

    /// <summary>The definition as JSON (<see cref="AlarmDefinitionJson"/>); null for a deletion.</summary>
    public string? DefinitionJson { get; set; }

    public required string SavedBy { get; set; }

    public long SavedAtMs { get; set; }

    public required string ChangeNote { get; set; }

    /// <summary>True on the newest version of a definition that is not deleted.</summary>
    public bool IsCurrent { get; set; }
}
