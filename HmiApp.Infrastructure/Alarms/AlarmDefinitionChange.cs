using HmiApp.Domain.Alarms;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>One definition created, changed or deleted by saving a complete set, as the audit trail records it.</summary>
public sealed record AlarmDefinitionChange(string Action, string Name, string? Before, string? After)
{
    /// <summary>What saving <paramref name="next"/> over <paramref name="current"/> changes, by name; unchanged ones are left out.</summary>
    public static IReadOnlyList<AlarmDefinitionChange> Between(IReadOnlyList<AlarmDefinition> current, IReadOnlyList<AlarmDefinition> next)
    {
        var before = current.ToDictionary(d => d.Name, AlarmDefinitionJson.Serialize, StringComparer.Ordinal);
        var after = next.ToDictionary(d => d.Name, AlarmDefinitionJson.Serialize, StringComparer.Ordinal);
        var changes = new List<AlarmDefinitionChange>();
        foreach (var (name, json) in after)
        {
            if (!before.TryGetValue(name, out var old))
            {
                changes.Add(new("create", name, null, json));
            }
            else if (old != json)
            {
                changes.Add(new("change", name, old, json));
            }
        }

        changes.AddRange(before.Where(b => !after.ContainsKey(b.Key)).Select(b => new AlarmDefinitionChange("delete", b.Key, b.Value, null)));
        return changes;
    }
}
