namespace HmiApp.Infrastructure.Acquisition.Scanning;

/// <summary>
/// What a scan did between two closings of its window (one Hangfire run of its poll job): scans started, how many
/// failed or were skipped because the previous scan still ran, scans missed because the node could not start them
/// on time, and the worst start lateness, on the node that ran the window (in a cluster, perhaps not the device's). The job's result, shown in the Hangfire dashboard.
/// </summary>
public sealed record ScanWindow(
    string Job,
    string Node,
    bool PolledHere,
    DateTimeOffset From,
    DateTimeOffset To,
    long Scans,
    long Failed,
    long Skipped,
    long Missed,
    double MaxLatenessMs,
    string? LastError)
{
    public override string ToString() =>
        $"{Job} on {Node}{(PolledHere ? "" : " (polled by another node)")} {From:HH:mm:ss}–{To:HH:mm:ss}: {Scans} scans, {Failed} failed, {Skipped} skipped, {Missed} missed, worst start {MaxLatenessMs:0.0} ms late"
        + (LastError is null ? "" : $"; last error: {LastError}");
}
