using HmiApp.Domain.Acquisition;

namespace HmiApp.Tests.Acquisition;

public sealed class DeviceBreakerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Opens_after_the_threshold_then_half_opens_after_the_backoff_and_closes_on_success()
    {
        var breaker = new DeviceBreaker(3, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(8));
        breaker.RecordFailure(T0);
        breaker.RecordFailure(T0);
        Assert.Equal(BreakerState.Closed, breaker.State);

        breaker.RecordFailure(T0);
        Assert.Equal(BreakerState.Open, breaker.State);
        Assert.False(breaker.AllowPoll(T0.AddMilliseconds(999)));

        Assert.True(breaker.AllowPoll(T0.AddSeconds(1)));
        Assert.Equal(BreakerState.HalfOpen, breaker.State);

        breaker.RecordSuccess();
        Assert.Equal(BreakerState.Closed, breaker.State);
        Assert.True(breaker.AllowPoll(T0.AddSeconds(1)));
    }

    [Fact]
    public void A_failed_trial_reopens_with_a_doubled_backoff_up_to_the_maximum()
    {
        var breaker = new DeviceBreaker(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));
        var now = T0;
        var backoffs = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            breaker.RecordFailure(now);
            backoffs.Add((breaker.RetryAt - now).TotalSeconds);
            now = breaker.RetryAt;
            Assert.True(breaker.AllowPoll(now));
            Assert.Equal(BreakerState.HalfOpen, breaker.State);
        }

        Assert.Equal([1, 2, 3, 3], backoffs);
    }
}
