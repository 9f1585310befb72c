using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Runs;
using Microsoft.Extensions.Hosting;

namespace HmiApp.Infrastructure.Acquisition.Scanning;

/// <summary>
/// Keeps every scan of the applied map on its period, in process. Hangfire cannot be that clock: its scheduler
/// looks once a second and a run starts 0.5-7 s late depending on the storage (../shared/STACK.md), so it owns
/// the poll jobs (one recurring job per scan, see <see cref="PollWindowJob"/>) while this keeps the beat. A scan
/// whose period and jitter did not change keeps its loop across map changes, so its grid does not jump.
/// </summary>
public sealed class ScanClock(AcquisitionEngine engine, IDeviceOwnership ownership, TimeProvider time) : IHostedService, IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile Dictionary<string, ScanLoop> loops = new(StringComparer.Ordinal);
    private volatile bool stopped;

    /// <summary>Raised after every scan, on the scan's thread: keep it short (the run history only queues it).</summary>
    public event Action<JobRun>? Scanned;

    /// <summary>Whether the clock runs the scans it was given (false once the host stops).</summary>
    public bool Running => !stopped;

    /// <summary>Starts loops for new scans, stops those of scans gone, restarts those whose period or jitter changed, pauses as stored.</summary>
    public async Task SyncAsync(IReadOnlyCollection<DeviceScan> scans, IReadOnlySet<string> paused, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (stopped)
            {
                return;
            }

            var current = loops;
            var next = new Dictionary<string, ScanLoop>(StringComparer.Ordinal);
            foreach (var scan in scans)
            {
                var device = scan.Runtime.Device.Name;
                var key = PollJobKeys.Job(device, scan.ScanClass.Name);
                if (current.TryGetValue(key, out var loop) && loop.Period == scan.ScanClass.Period && loop.StartJitter == scan.ScanClass.StartJitter)
                {
                    // The stored pauses are the truth: another node may have paused or resumed this scan.
                    loop.Paused = paused.Contains(key);
                    next[key] = loop;
                    continue;
                }

                next[key] = new ScanLoop(key, device, scan.ScanClass.Name, scan.ScanClass.Period, scan.ScanClass.StartJitter, paused.Contains(key), engine, ownership, OnScanned, time);
            }

            loops = next;
            foreach (var (key, loop) in current)
            {
                if (!next.TryGetValue(key, out var kept) || !ReferenceEquals(kept, loop))
                {
                    await loop.DisposeAsync();
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public IReadOnlyCollection<string> Jobs => loops.Keys;

    /// <summary>Pauses or resumes one scan; false when the applied map has no such scan.</summary>
    public bool SetPaused(string job, bool paused)
    {
        if (!loops.TryGetValue(job, out var loop))
        {
            return false;
        }

        loop.Paused = paused;
        return true;
    }

    public ScanClockEntry? Find(string job) =>
        loops.TryGetValue(job, out var loop) ? new ScanClockEntry(loop.Job, loop.Device, loop.ScanClass, loop.Period, loop.Paused, loop.NextDue, loop.LastStarted) : null;

    /// <summary>Ends the current window of a scan and returns what it did; null when the map has no such scan.</summary>
    public ScanWindow? CloseWindow(string job) => loops.TryGetValue(job, out var loop) ? loop.CloseWindow() : null;

    /// <summary>One scan now, beside the period; null when the map has no such scan.</summary>
    public async Task<PollOutcome?> ScanNowAsync(string job, CancellationToken cancellationToken) =>
        loops.TryGetValue(job, out var loop) ? await loop.ScanNowAsync(cancellationToken) : null;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Stops every loop, so no scan starts after the host began stopping.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            stopped = true;
            var all = loops;
            loops = new Dictionary<string, ScanLoop>(StringComparer.Ordinal);
            foreach (var loop in all.Values)
            {
                await loop.DisposeAsync();
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private void OnScanned(JobRun run) => Scanned?.Invoke(run);

    // The container disposes the clock once as a singleton and once as a hosted service: stopping twice is harmless.
    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);
}
