namespace HmiApp.Domain.Acquisition;

public enum BreakerState
{
    /// <summary>Polls go to the device.</summary>
    Closed,

    /// <summary>The device failed repeatedly; polls are skipped until the backoff ends.</summary>
    Open,

    /// <summary>The backoff ended; the next poll is a trial that closes or reopens the breaker.</summary>
    HalfOpen,
}
