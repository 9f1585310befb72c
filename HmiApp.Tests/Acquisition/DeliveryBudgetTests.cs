using HmiApp.Infrastructure.Acquisition.Live;

namespace HmiApp.Tests.Acquisition;

public sealed class DeliveryBudgetTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_full_bucket_lets_one_seconds_worth_of_batches_out_at_once_then_makes_the_next_wait_for_its_token()
    {
        var budget = new DeliveryBudget(4, Start);

        Assert.All(Enumerable.Range(0, 4), i => Assert.True(budget.TryTake(Start, out _), $"batch {i}"));
        Assert.False(budget.TryTake(Start, out var wait));
        Assert.Equal(TimeSpan.FromMilliseconds(250), wait);

        Assert.False(budget.TryTake(Start.AddMilliseconds(200), out wait));
        Assert.Equal(50, wait.TotalMilliseconds, precision: 2);
        Assert.True(budget.TryTake(Start.AddMilliseconds(250), out _));
    }

    [Fact]
    public void Over_a_long_run_of_changes_the_batches_stay_at_the_rate()
    {
        var budget = new DeliveryBudget(4, Start);
        var sent = 0;
        for (var ms = 0; ms < 10_000; ms += 10)
        {
            if (budget.TryTake(Start.AddMilliseconds(ms), out _))
            {
                sent++;
            }
        }

        // 4 a second for 10 s, plus the bucket that was full at the start.
        Assert.InRange(sent, 40, 44);
    }

    [Fact]
    public void A_rate_below_one_a_second_still_holds_one_batch_and_refills_slowly()
    {
        var budget = new DeliveryBudget(0.5, Start);

        Assert.True(budget.TryTake(Start, out _));
        Assert.False(budget.TryTake(Start.AddSeconds(1), out var wait));
        Assert.Equal(TimeSpan.FromSeconds(1), wait);
        Assert.True(budget.TryTake(Start.AddSeconds(2), out _));
    }

    [Fact]
    public void A_clock_set_back_does_not_drain_the_bucket()
    {
        var budget = new DeliveryBudget(1, Start);
        Assert.True(budget.TryTake(Start, out _));
        Assert.False(budget.TryTake(Start.AddMinutes(-5), out var wait));
        Assert.Equal(TimeSpan.FromSeconds(1), wait);
    }

    [Fact]
    public void A_rate_of_zero_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DeliveryBudget(0, Start));
        Assert.Equal("ratePerSecond", error.ParamName);
    }
}
