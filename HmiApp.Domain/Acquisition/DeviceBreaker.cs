namespace HmiApp.Domain.Acquisition;

/// <summary>
/// Circuit breaker of one device. After <c>failureThreshold</c> failed polls in a row it opens, so that a dead
/// device costs no connect timeouts on every scan; after a backoff (doubling per failed trial, capped) one trial
/// poll is let through (half-open). Success closes it. Not thread-safe: one device's polls are serialised.
/// </summary>
public sealed class DeviceBreaker(int failureThreshold, TimeSpan baseBackoff, TimeSpan maxBackoff)
{
    private int _consecutiveFailures;
    private int _openings;
    private DateTimeOffset _retryAt;

    public BreakerState State { get; private set; } = BreakerState.Closed;

    public DateTimeOffset RetryAt => _retryAt;

    /// <summary>True when a poll may go to the device now; moves Open to HalfOpen once the backoff has passed.</summary>
    public bool AllowPoll(DateTimeOffset now)
    {
        if (State == BreakerState.Open && now >= _retryAt)
        {
            State = BreakerState.HalfOpen;
        }

        return State != BreakerState.Open;
    }

    public void RecordSuccess()
    {
        _consecutiveFailures = 0;
        _openings = 0;
        State = BreakerState.Closed;
    }

    public void RecordFailure(DateTimeOffset now)
    {
        _consecutiveFailures++;
        if (State == BreakerState.HalfOpen || _consecutiveFailures >= failureThreshold)
        {
            var factor = Math.Pow(2, Math.Min(_openings, 16));
            var backoff = TimeSpan.FromTicks((long)Math.Min(baseBackoff.Ticks * factor, maxBackoff.Ticks));
            _openings++;
            _retryAt = now + backoff;
            State = BreakerState.Open;
        }
    }
}
