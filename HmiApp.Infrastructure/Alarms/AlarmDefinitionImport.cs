using HmiApp.Domain.Alarms;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>The outcome of reading a definitions document: the definitions, or every problem found.</summary>
public sealed record AlarmDefinitionImport(IReadOnlyList<AlarmDefinition> Definitions, IReadOnlyList<string> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static AlarmDefinitionImport Failed(string problem) => new([], [problem]);
}
