namespace HmiApp.Domain.Acquisition;

public enum DeviceConnectionMode
{
    /// <summary>One connection kept open across polls.</summary>
    Persistent,

    /// <summary>Connect for each poll and close after it, for devices that drop idle connections.</summary>
    ClosePerPoll,
}
