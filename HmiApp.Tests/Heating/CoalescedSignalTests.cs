using HmiApp.Zones;

namespace HmiApp.Tests.Heating;

public sealed class CoalescedSignalTests
{
    [Fact]
    public async Task A_burst_of_signals_gives_one_refresh_and_a_later_signal_another()
    {
        var refreshes = 0;
        using var signal = new CoalescedSignal(TimeSpan.FromMilliseconds(50), () =>
        {
            Interlocked.Increment(ref refreshes);
            return Task.CompletedTask;
        }, TimeProvider.System);

        for (var i = 0; i < 500; i++)
        {
            signal.Signal();
        }

        await Eventually.WaitAsync(() => Task.FromResult(Volatile.Read(ref refreshes)), n => n >= 1, "the first refresh");
        signal.Signal();
        await Eventually.WaitAsync(() => Task.FromResult(Volatile.Read(ref refreshes)), n => n >= 2, "the second refresh");

        Assert.Equal(2, Volatile.Read(ref refreshes));
    }

    [Fact]
    public async Task A_signal_while_a_refresh_runs_is_not_lost()
    {
        var refreshes = 0;
        var firstRunning = new TaskCompletionSource();
        var releaseFirst = new TaskCompletionSource();
        using var signal = new CoalescedSignal(TimeSpan.FromMilliseconds(10), async () =>
        {
            if (Interlocked.Increment(ref refreshes) == 1)
            {
                firstRunning.SetResult();
                await releaseFirst.Task;
            }
        }, TimeProvider.System);

        signal.Signal();
        await firstRunning.Task.WaitAsync(TimeSpan.FromSeconds(10));
        signal.Signal();
        releaseFirst.SetResult();

        await Eventually.WaitAsync(() => Task.FromResult(Volatile.Read(ref refreshes)), n => n == 2, "the refresh for the signal that came during the first");
    }
}
