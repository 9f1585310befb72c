namespace HmiApp.Tests.Acquisition;

/// <summary>Waits for a condition with a deadline, doing a step (a poll) between looks; fails with what it saw last.</summary>
public static class Eventually
{
    public static async Task HoldsAsync(Func<Task> step, Func<bool> condition, Func<string> describe, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
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
}
