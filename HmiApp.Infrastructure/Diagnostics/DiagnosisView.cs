using System.Text.Json;
using HmiApp.Domain.Diagnostics;

namespace HmiApp.Infrastructure.Diagnostics;

/// <summary>One evaluation of a well as pages and the REST API show it.</summary>
public sealed record DiagnosisView(
    long Id,
    string WellId,
    DateTimeOffset EvaluatedAt,
    string TreeId,
    int TreeVersion,
    string Code,
    string Title,
    DiagnosisSeverity Severity,
    double Confidence,
    IReadOnlyList<string> RecommendedActions,
    IReadOnlyList<DiagnosisAlternative> Alternatives,
    TimeSpan ExpectedResolutionTime,
    DiagnosticExplanation Explanation,
    string Source,
    bool IsChange)
{
    public bool IsCriticalOrHigh => Severity is DiagnosisSeverity.Critical or DiagnosisSeverity.High;

    public static DiagnosisView From(DiagnosisRecord r) => new(
        r.Id,
        r.WellId,
        DateTimeOffset.FromUnixTimeMilliseconds(r.EvaluatedAtMs),
        r.TreeId,
        r.TreeVersion,
        r.Code,
        r.Title,
        Enum.Parse<DiagnosisSeverity>(r.Severity),
        r.Confidence,
        JsonSerializer.Deserialize<List<string>>(r.ActionsJson, DiagnosisJson.Options) ?? [],
        JsonSerializer.Deserialize<List<DiagnosisAlternative>>(r.AlternativesJson, DiagnosisJson.Options) ?? [],
        TimeSpan.FromSeconds(r.ResolutionSeconds),
        JsonSerializer.Deserialize<DiagnosticExplanation>(r.ExplanationJson, DiagnosisJson.Options)
            ?? throw new JsonException($"diagnosis {r.Id} has no explanation"),
        r.Source,
        r.IsChange);

    public static DiagnosisRecord ToRecord(string wellId, DateTimeOffset evaluatedAt, DiagnosticResult result, string source, bool isChange) => new()
    {
        WellId = wellId,
        EvaluatedAtMs = evaluatedAt.ToUnixTimeMilliseconds(),
        WindowStartMs = result.Explanation.WindowStart.ToUnixTimeMilliseconds(),
        WindowEndMs = result.Explanation.WindowEnd.ToUnixTimeMilliseconds(),
        TreeId = result.Explanation.TreeId,
        TreeVersion = result.Explanation.TreeVersion,
        Code = result.Diagnosis.Code,
        Title = result.Diagnosis.Title,
        Severity = result.Diagnosis.Severity.ToString(),
        Confidence = result.Diagnosis.Confidence,
        ActionsJson = JsonSerializer.Serialize(result.Diagnosis.RecommendedActions, DiagnosisJson.Options),
        AlternativesJson = JsonSerializer.Serialize(result.Diagnosis.Alternatives, DiagnosisJson.Options),
        ResolutionSeconds = result.Diagnosis.ExpectedResolutionTime.TotalSeconds,
        ExplanationJson = JsonSerializer.Serialize(result.Explanation, DiagnosisJson.Options),
        Source = source,
        IsChange = isChange,
    };
}
