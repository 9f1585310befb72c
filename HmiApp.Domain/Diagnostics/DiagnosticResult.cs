namespace HmiApp.Domain.Diagnostics;

public sealed record DiagnosticResult(Diagnosis Diagnosis, DiagnosticExplanation Explanation);
