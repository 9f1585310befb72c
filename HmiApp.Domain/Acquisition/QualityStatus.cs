namespace HmiApp.Domain.Acquisition;

/// <summary>How far a value can be trusted, in the OPC sense operators know.</summary>
public enum QualityStatus : byte
{
    /// <summary>Read from the device within the last two scan periods and decoded.</summary>
    Good = 0,

    /// <summary>The last good value, but no fresh read within two scan periods: shown as stale.</summary>
    Uncertain = 1,

    /// <summary>No usable value; <see cref="Quality.Reason"/> says why.</summary>
    Bad = 2,
}
