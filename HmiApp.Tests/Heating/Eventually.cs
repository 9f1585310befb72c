namespace HmiApp.Tests.Heating;

/// <summary>Polls a condition until it holds or a deadline passes; the failure names what was awaited and the last value seen.</summary>
public static class Eventually
{
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
