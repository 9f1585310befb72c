namespace HmiApp.Domain.Diagnostics;

/// <summary>
/// Another diagnosis that the same readings fit, with how likely the tree holds it and the observation that would
/// tell the two apart (a test the engineer can order: a fluid-level shot, a restart, a wellhead pressure reading).
/// Its severity is stated so that a leaf can never be milder than a consequence it admits may be happening.
/// </summary>
public sealed record DiagnosisAlternative(
    string Code,
    string Title,
    DiagnosisSeverity Severity,
    double Confidence,
    string TellApart);
