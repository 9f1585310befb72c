using HmiApp.Domain.Diagnostics;

namespace HmiApp.Domain.Alarms;

/// <summary>Which diagnoses become advisory alarms, and how they are named and ranked.</summary>
public static class AdvisoryAlarm
{
    public const string KeyPrefix = "advisory:";

    public static bool Qualifies(Diagnosis diagnosis) => diagnosis.Severity is DiagnosisSeverity.Critical or DiagnosisSeverity.High;

    public static string Key(string wellId, string diagnosisCode) => $"{KeyPrefix}{wellId}:{diagnosisCode}";

    public static AlarmPriority PriorityOf(DiagnosisSeverity severity) =>
        severity == DiagnosisSeverity.Critical ? AlarmPriority.High : AlarmPriority.Medium;
}
