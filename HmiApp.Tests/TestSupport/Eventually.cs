namespace HmiApp.Tests.TestSupport;

/// <summary>
/// Waits on a condition with a deadline, polling, and fails naming what was awaited (and what was seen
/// last where the caller can say). Tests wait on conditions; they never sleep and hope.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public static Task HoldsAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        HoldsAsync(() => Task.FromResult(condition()), what, timeout);

    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Not within {(timeout ?? DefaultTimeout).TotalSeconds:0.#} s: {what}.");
            }

            await Task.Delay(20);
        }
    }

    public static Task HoldsAsync(Func<bool> condition, TimeSpan timeout, string what) => HoldsAsync(condition, what, timeout);

    public static Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what) => HoldsAsync(condition, what, timeout);

    /// <summary>Does <paramref name="step"/> (e.g. one poll) between looks; the failure shows <paramref name="describe"/>.</summary>
    public static async Task HoldsAsync(Func<Task> step, Func<bool> condition, Func<string> describe, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? DefaultTimeout);
        while (true)
        {
            await step();
            if (condition())
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Condition not reached in time; last seen: {describe()}");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Probes until the value meets <paramref name="condition"/> and returns it.</summary>
    public static async Task<T> WaitAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        T last;
        do
        {
            last = await probe();
            if (condition(last))
            {
                return last;
            }

            await Task.Delay(25);
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"Waited {timeout ?? TimeSpan.FromSeconds(10)} for {what}; last seen: {last}");
    }
}
