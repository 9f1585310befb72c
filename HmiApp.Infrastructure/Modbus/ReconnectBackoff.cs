namespace HmiApp.Infrastructure.Modbus;

/// <summary>
/// Exponential backoff with jitter between connection attempts that keep failing, so an unreachable or
/// hostile device gets a bounded number of connects per second however often it is polled.
/// </summary>
internal sealed class ReconnectBackoff
{
    private readonly TimeSpan _min;
    private readonly TimeSpan _max;
    private readonly double _jitter;
    private readonly Random _random;
    private readonly TimeProvider _time;
    private int _consecutiveFailures;
    private long _notBeforeTimestamp;

    public ReconnectBackoff(ModbusConnectionPolicy policy, TimeProvider time, Random random)
    {
        _min = policy.ReconnectDelayMin;
        _max = policy.ReconnectDelayMax;
        _jitter = policy.ReconnectJitter;
        _time = time;
        _random = random;
    }

    public int ConsecutiveFailures => _consecutiveFailures;

    /// <summary>Time still to wait before a connect is allowed; zero when one may be tried now.</summary>
    public TimeSpan RemainingWait()
    {
        if (_consecutiveFailures == 0)
        {
            return TimeSpan.Zero;
        }

        var remaining = _time.GetElapsedTime(_time.GetTimestamp(), _notBeforeTimestamp);
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    public void RecordFailure()
    {
        _consecutiveFailures++;
        var exponent = Math.Min(_consecutiveFailures - 1, 30);
        var baseMs = Math.Min(_max.TotalMilliseconds, _min.TotalMilliseconds * Math.Pow(2, exponent));
        var factor = 1 + (_jitter * ((_random.NextDouble() * 2) - 1));
        var delay = TimeSpan.FromMilliseconds(Math.Min(_max.TotalMilliseconds, baseMs * factor));
        _notBeforeTimestamp = _time.GetTimestamp() + (long)(delay.TotalSeconds * _time.TimestampFrequency);
    }

    public void RecordSuccess() => _consecutiveFailures = 0;
}
