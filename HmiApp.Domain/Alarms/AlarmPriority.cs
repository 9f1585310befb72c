namespace HmiApp.Domain.Alarms;

/// <summary>How fast the operator must respond; 1 is the most urgent.</summary>
public enum AlarmPriority
{
    Urgent = 1,
    High = 2,
    Medium = 3,
    Low = 4,
}
