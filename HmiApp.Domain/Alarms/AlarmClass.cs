namespace HmiApp.Domain.Alarms;

/// <summary>Where an alarm comes from.</summary>
public enum AlarmClass
{
    /// <summary>A process condition on a point.</summary>
    Process,

    /// <summary>The control system itself: bad quality, lost communication.</summary>
    System,

    /// <summary>A diagnosis: advice to the operator, never an action on a device.</summary>
    Advisory,
}
