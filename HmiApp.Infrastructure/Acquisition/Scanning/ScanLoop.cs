using System.Diagnostics;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Runs;

namespace HmiApp.Infrastructure.Acquisition.Scanning;

/// <summary>
/// The clock of one device's scan class on this node: starts a scan at every period on a fixed grid (first start
/// spread by the scan class's start jitter), so lateness never accumulates. A start that comes a whole period or
/// more late skips the starts it missed and counts them, rather than catching up in a burst. A scan is not
/// awaited by the clock: the engine drops a scan whose previous one still runs, so a slow device cannot stop the
/// clock. Nothing here touches the database, so scans go on through a database outage. A device another node of
/// the cluster polls keeps its grid here but starts nothing (<see cref="IDeviceOwnership"/>).
/// </summary>
internal sealed class ScanLoop : IAsyncDisposable
{
    private readonly AcquisitionEngine engine;
    private readonly IDeviceOwnership ownership;
    private readonly Action<JobRun> scanned;
    private readonly TimeProvider time;
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly Task running;
    private WindowCounters window;
    private volatile bool paused;
    private DateTimeOffset nextDue;
    private DateTimeOffset? lastStarted;

    public ScanLoop(string job, string device, string scanClass, TimeSpan period, TimeSpan startJitter, bool paused,
        AcquisitionEngine engine, IDeviceOwnership ownership, Action<JobRun> scanned, TimeProvider time)
    {
        Job = job;
        Device = device;
        ScanClass = scanClass;
        Period = period;
        StartJitter = startJitter;
        this.paused = paused;
        this.engine = engine;
        this.ownership = ownership;
        this.scanned = scanned;
        this.time = time;
        var now = time.GetUtcNow();
        window = new WindowCounters(now);
        nextDue = now + TimeSpan.FromTicks((long)(Random.Shared.NextDouble() * startJitter.Ticks));
        running = RunAsync(stopping.Token);
    }

    public string Job { get; }

    public string Device { get; }

    public string ScanClass { get; }

    public TimeSpan Period { get; }

    public TimeSpan StartJitter { get; }

    public bool Paused
    {
        get => paused;
        set => paused = value;
    }

    public DateTimeOffset NextDue
    {
        get
        {
            lock (gate)
            {
                return nextDue;
            }
        }
    }

    public DateTimeOffset? LastStarted
    {
        get
        {
            lock (gate)
            {
                return lastStarted;
            }
        }
    }

    /// <summary>Ends the current window and starts the next one.</summary>
    public ScanWindow CloseWindow()
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            var closed = window.ToWindow(Job, ownership.Node, ownership.Owns(Device), now);
            window = new WindowCounters(now);
            return closed;
        }
    }

    /// <summary>One scan now, outside the grid (an admin's "run now"); the grid is not moved.</summary>
    public Task<PollOutcome> ScanNowAsync(CancellationToken cancellationToken) => ScanAsync(time.GetUtcNow(), cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            DateTimeOffset due;
            lock (gate)
            {
                due = nextDue;
            }

            // The timer runs on the monotonic clock and the slots on the wall clock: a wake-up a little before the
            // slot (seen here, 1-2 ms) waits out the rest, so that no scan starts before its slot.
            for (var wait = due - time.GetUtcNow(); wait > TimeSpan.Zero; wait = due - time.GetUtcNow())
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            var now = time.GetUtcNow();
            var late = now - due;
            var missed = late >= Period ? (long)(late.Ticks / Period.Ticks) : 0;
            var polledHere = !paused && ownership.Owns(Device);
            lock (gate)
            {
                window.Missed += missed;
                if (polledHere)
                {
                    window.MaxLatenessMs = Math.Max(window.MaxLatenessMs, (late - Period * missed).TotalMilliseconds);
                }

                nextDue = due + Period * (missed + 1);
            }

            if (polledHere)
            {
                // On a pool thread: whatever a scan does before its first await (a connect) must not hold the clock.
                var slot = due + Period * missed;
                _ = Task.Run(() => ScanAsync(slot, cancellationToken), CancellationToken.None);
            }
        }
    }

    private async Task<PollOutcome> ScanAsync(DateTimeOffset scheduled, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        PollOutcome outcome;
        try
        {
            outcome = await engine.PollAsync(Device, ScanClass, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return PollOutcome.Failed("stopped");
        }
        catch (Exception ex)
        {
            // The engine turns device faults into outcomes; anything else must still not stop the clock.
            outcome = PollOutcome.Failed(ex.Message);
        }

        lock (gate)
        {
            lastStarted = started;
            window.Scans++;
            if (outcome.WasSkipped)
            {
                window.Skipped++;
            }
            else if (!outcome.Succeeded)
            {
                window.Failed++;
                window.LastError = outcome.Error;
            }
        }

        scanned(new JobRun(Job, Device, ScanClass, scheduled, started, stopwatch.Elapsed.TotalMilliseconds, outcome.Succeeded, outcome.Error));
        return outcome;
    }

    private sealed class WindowCounters(DateTimeOffset from)
    {
        public long Scans { get; set; }

        public long Failed { get; set; }

        public long Skipped { get; set; }

        public long Missed { get; set; }

        public double MaxLatenessMs { get; set; }

        public string? LastError { get; set; }

        public ScanWindow ToWindow(string job, string node, bool polledHere, DateTimeOffset to) => new(job, node, polledHere, from, to, Scans, Failed, Skipped, Missed, MaxLatenessMs, LastError);
    }
}
