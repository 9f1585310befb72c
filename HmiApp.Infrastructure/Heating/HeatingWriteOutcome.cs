namespace HmiApp.Infrastructure.Heating;

public enum HeatingWriteOutcome
{
    /// <summary>Written and read back equal.</summary>
    Written,

    /// <summary>Refused by the domain's limits; nothing was written.</summary>
    Rejected,

    /// <summary>The write or the read-back failed (bus, connection, mode).</summary>
    Failed,

    /// <summary>Written, but the register read back holds another value.</summary>
    ReadBackMismatch,
}
