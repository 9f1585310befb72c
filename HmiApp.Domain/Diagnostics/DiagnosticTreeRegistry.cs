namespace HmiApp.Domain.Diagnostics;

/// <summary>
/// Holds the tree in force. A replacement goes in only if it validates and is a newer version of the same
/// tree (or a different tree); otherwise the caller gets the reasons and the old tree stays in force.
/// </summary>
public sealed class DiagnosticTreeRegistry
{
    private DiagnosticTree _current;

    public DiagnosticTreeRegistry(DiagnosticTree initial)
    {
        var errors = DiagnosticTreeValidator.Validate(initial);
        if (errors.Count > 0)
        {
            throw new ArgumentException($"initial tree '{initial.Id}' v{initial.Version} is invalid: {string.Join("; ", errors)}", nameof(initial));
        }

        _current = initial;
    }

    public DiagnosticTree Current => Volatile.Read(ref _current);

    /// <returns>The reasons for refusal; empty when the candidate is now in force.</returns>
    public IReadOnlyList<DiagnosticTreeError> Replace(DiagnosticTree candidate)
    {
        var errors = DiagnosticTreeValidator.Validate(candidate).ToList();
        var current = Current;
        if (candidate.Id == current.Id && candidate.Version <= current.Version)
        {
            errors.Add(new DiagnosticTreeError(null, $"version {candidate.Version} is not newer than version {current.Version} in force"));
        }

        if (errors.Count == 0)
        {
            Interlocked.CompareExchange(ref _current, candidate, current);
            if (!ReferenceEquals(Current, candidate))
            {
                errors.Add(new DiagnosticTreeError(null, "another replacement went in first; retry against the tree now in force"));
            }
        }

        return errors;
    }

    /// <returns>The reasons for refusal, including JSON that cannot be read; empty when the candidate is now in force.</returns>
    public IReadOnlyList<DiagnosticTreeError> ReplaceFromJson(string json) => DiagnosticTreeJson.TryParse(json, out var tree, out var error)
        ? Replace(tree)
        : [new DiagnosticTreeError(null, error)];
}
