namespace HmiApp.Domain.Diagnostics;

/// <summary>What a tree concludes about a well, and what the operator is advised to do. It never acts by itself.</summary>
public sealed record Diagnosis(
    string Code,
    string Title,
    DiagnosisSeverity Severity,
    double Confidence,
    IReadOnlyList<string> RecommendedActions,
    TimeSpan ExpectedResolutionTime)
{
    /// <summary>Other diagnoses these readings fit, most likely first; empty when the signature is unambiguous.</summary>
    public IReadOnlyList<DiagnosisAlternative> Alternatives { get; init; } = [];
}
