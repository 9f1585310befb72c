namespace HmiApp.Domain.Alarms;

/// <summary>What can happen to an alarm: a change of its condition or an action of a person or of the design.</summary>
public enum AlarmEvent
{
    ConditionActive,
    ConditionCleared,
    Acknowledge,
    Shelve,

    /// <summary>The shelf expired or an operator took the alarm off the shelf.</summary>
    Unshelve,
    SuppressByDesign,
    ReleaseDesignSuppression,
    RemoveFromService,
    ReturnToService,
}
