namespace HmiApp.Infrastructure.Acquisition.Live;

/// <summary>
/// A token bucket of batches for one subscription: it holds at most one second's worth (the rate, at least one)
/// and refills at the rate. A change that finds a token goes out at once (leading edge) instead of waiting for the
/// next tick; once the bucket is empty, changes are coalesced until the next token, so a circuit still gets at most
/// the rate's batches a second on average. Not thread-safe: the broadcaster's loop is its only user.
/// </summary>
public sealed class DeliveryBudget
{
    private readonly double _ratePerSecond;
    private readonly double _capacity;
    private double _tokens;
    private DateTimeOffset _refilledAt;

    public DeliveryBudget(double ratePerSecond, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratePerSecond);
        _ratePerSecond = ratePerSecond;
        _capacity = Math.Max(1, ratePerSecond);
        _tokens = _capacity;
        _refilledAt = now;
    }

    /// <summary>Takes a token if there is one at <paramref name="now"/>; otherwise says how long until the next.</summary>
    public bool TryTake(DateTimeOffset now, out TimeSpan wait)
    {
        // A clock set back refills nothing rather than draining the bucket.
        var seconds = Math.Max(0, (now - _refilledAt).TotalSeconds);
        _tokens = Math.Min(_capacity, _tokens + (seconds * _ratePerSecond));
        _refilledAt = now;
        if (_tokens >= 1)
        {
            _tokens -= 1;
            wait = TimeSpan.Zero;
            return true;
        }

        wait = TimeSpan.FromSeconds((1 - _tokens) / _ratePerSecond);
        return false;
    }
}
