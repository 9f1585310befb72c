namespace HmiApp.Alarms;

/// <summary>
/// Turns any number of change notifications into at most one render per <c>interval</c>: the first
/// change renders at once, later ones within the interval are folded into one render at its end.
/// A flood of 1,000 alarms therefore costs a handful of renders, not 1,000.
/// </summary>
public sealed class RenderCoalescer : IDisposable
{
    private readonly TimeSpan interval;
    private readonly TimeProvider time;
    private readonly Func<Task> render;
    private readonly ITimer timer;
    private readonly Lock gate = new();
    private bool scheduled;
    private bool disposed;
    private DateTimeOffset lastRender = DateTimeOffset.MinValue;

    public RenderCoalescer(TimeSpan interval, TimeProvider time, Func<Task> render)
    {
        this.interval = interval;
        this.time = time;
        this.render = render;
        timer = time.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Renders performed so far.</summary>
    public int Renders { get; private set; }

    public void Request()
    {
        lock (gate)
        {
            if (scheduled || disposed)
            {
                return;
            }

            scheduled = true;
            var wait = lastRender == DateTimeOffset.MinValue ? TimeSpan.Zero : lastRender + interval - time.GetUtcNow();
            timer.Change(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
        }

        timer.Dispose();
    }

    private void Fire()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            // Cleared before rendering, so a change that arrives during the render schedules the next one.
            scheduled = false;
            lastRender = time.GetUtcNow();
            Renders++;
        }

        _ = render();
    }
}
