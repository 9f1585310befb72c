namespace HmiApp.Zones;

/// <summary>
/// Turns a burst of change signals (a base station writes dozens of registers per poll) into one refresh after
/// <c>delay</c>. A signal that arrives while a refresh runs schedules one more, so the last change is never missed.
/// </summary>
public sealed class CoalescedSignal(TimeSpan delay, Func<Task> refresh, TimeProvider time) : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private int _pending;

    public void Signal()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 1 || _disposed.IsCancellationRequested)
        {
            return;
        }

        _ = RunAsync();
    }

    private async Task RunAsync()
    {
        try
        {
            await Task.Delay(delay, time, _disposed.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        Volatile.Write(ref _pending, 0);
        await refresh();
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
