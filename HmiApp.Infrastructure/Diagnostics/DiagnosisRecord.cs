namespace HmiApp.Infrastructure.Diagnostics;

/// <summary>
/// One stored evaluation of a well. <see cref="IsChange"/> marks the evaluations that announced a new
/// diagnosis (the timeline operators see); the rest are the evidence in between.
/// </summary>
public sealed class DiagnosisRecord
{
    public long Id { get; set; }

    public required string WellId { get; set; }

    public long EvaluatedAtMs { get; set; }

    public long WindowStartMs { get; set; }

    public long WindowEndMs { get; set; }

    public required string TreeId { get; set; }

    public int TreeVersion { get; set; }

    public required string Code { get; set; }

    public required string Title { get; set; }

    public required string Severity { get; set; }

    public double Confidence { get; set; }

    public required string ActionsJson { get; set; }

    /// <summary>Other diagnoses the window fitted, as JSON (<see cref="HmiApp.Domain.Diagnostics.DiagnosisAlternative"/>).</summary>
    public string AlternativesJson { get; set; } = "[]";

    public double ResolutionSeconds { get; set; }

    public required string ExplanationJson { get; set; }

    /// <summary>"scheduled" (the recurring evaluation) or "on-demand" (the analyze API).</summary>
    public required string Source { get; set; }

    public bool IsChange { get; set; }
}
