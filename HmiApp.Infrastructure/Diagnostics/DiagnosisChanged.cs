namespace HmiApp.Infrastructure.Diagnostics;

/// <summary>A well's announced diagnosis changed; <see cref="Previous"/> is null for the well's first one.</summary>
public sealed record DiagnosisChanged(string WellId, DiagnosisView? Previous, DiagnosisView Current);
