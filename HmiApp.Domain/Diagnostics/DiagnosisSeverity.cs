namespace HmiApp.Domain.Diagnostics;

public enum DiagnosisSeverity
{
    Critical,
    High,
    Medium,
    Low,
    Info,
}
