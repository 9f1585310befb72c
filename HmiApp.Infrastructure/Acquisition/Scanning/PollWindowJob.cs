using Hangfire;

namespace HmiApp.Infrastructure.Acquisition.Scanning;

/// <summary>
/// The Hangfire recurring job of one scan (device and scan class). Each run closes the scan's current window on
/// this node and returns what the window did (scans, failures, skips, misses, worst lateness), so that the
/// dashboard lists every window with its outcome. The scans themselves run on the <see cref="ScanClock"/>: a run
/// that comes late or not at all (Hangfire's storage down) leaves no hole in the scans.
/// </summary>
public sealed class PollWindowJob(ScanClock clock)
{
    // A window is only a record: run again later it would describe another window, so a failed run is not retried.
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Poll window {0}")]
    public ScanWindow? Close(string job) => clock.CloseWindow(job);
}
